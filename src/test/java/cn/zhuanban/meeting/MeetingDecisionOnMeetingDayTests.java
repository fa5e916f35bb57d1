package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.ticket.TicketCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A decision becomes a tracked ticket only from the meeting day on: on a meeting planned ahead it is refused with a
 * message saying when (a ticket opened days before the meeting ran its clock before anything was decided). And the
 * decision form's category is chosen, not preselected: without one the form comes back saying so.
 */
@IntegrationTest
class MeetingDecisionOnMeetingDayTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    MeetingDecisions decisions;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    ServiceFixtures fx;
    CurrentUser dispatch;
    long series;
    long project;
    MockHttpSession taskforce;

    @BeforeEach
    void series() throws Exception {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        project = fx.project(fx.enterprise(), taskForce);
        series = meetings.createSeries(
                new SeriesForm(taskForce, LocalDate.now(clock).getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        taskforce = WebTestSupport.login(mvc, "taskforce");
    }

    @Test
    void aDecisionOnAMeetingNotHeldYetIsRefusedAndOpensNoTicket() throws Exception {
        LocalDate heldOn = LocalDate.now(clock).plusDays(5);
        long meeting = meetings.plan(series, heldOn, dispatch);
        String text = TestCodes.unique("会前拟定");
        long ticketsBefore = ticketsTitled(text);

        assertThatThrownBy(() -> decisions.decide(
                        meeting,
                        new DecisionForm(
                                null,
                                text,
                                fx.user("handler-power").departmentId(),
                                null,
                                deadline(),
                                project,
                                TicketCategory.POWER),
                        meetings.find(meeting, dispatch).version(),
                        dispatch))
                .isInstanceOf(BusinessException.class);
        String page = mvc.perform(decision(meeting, text).param("category", "POWER"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("会议定于" + heldOn + "召开，尚未开会，不能形成议定事项");
        assertThat(meetings.find(meeting, dispatch).decisions()).isEmpty();
        assertThat(ticketsTitled(text)).isEqualTo(ticketsBefore);
    }

    @Test
    void aMeetingNotHeldYetOffersNoDecisionFormButSaysFromWhen() throws Exception {
        LocalDate heldOn = LocalDate.now(clock).plusDays(5);
        long ahead = meetings.plan(series, heldOn, dispatch);
        long today = meetings.plan(series, LocalDate.now(clock), dispatch);

        assertThat(WebTestSupport.page(mvc, "taskforce", "/meetings/" + ahead))
                .doesNotContain("id=\"decision-form\"")
                .contains("id=\"decision-not-yet\"")
                .contains("会议定于" + heldOn + "召开，会议当日起方可录入议定事项");
        assertThat(WebTestSupport.page(mvc, "taskforce", "/meetings/" + today))
                .contains("id=\"decision-form\"")
                .doesNotContain("id=\"decision-not-yet\"");
    }

    @Test
    void onTheMeetingDayTheDecisionBecomesATicket() throws Exception {
        long meeting = meetings.plan(series, LocalDate.now(clock), dispatch);
        String text = TestCodes.unique("当天议定");
        mvc.perform(decision(meeting, text).param("category", "POWER")).andExpect(status().is3xxRedirection());
        assertThat(meetings.find(meeting, dispatch).decisions())
                .singleElement()
                .satisfies(a -> assertThat(a.ticketId()).isNotNull());
        assertThat(ticketsTitled(text)).isEqualTo(1);
    }

    @Test
    void theCategoryOffersABlankChoiceAndIsRequired() throws Exception {
        long meeting = meetings.plan(series, LocalDate.now(clock), dispatch);
        String form = WebTestSupport.page(mvc, "taskforce", "/meetings/" + meeting);
        assertThat(form)
                .containsPattern("<option value=\"\" selected=\"selected\">请选择</option>\\s*<option value=\"WATER\"");
        assertThat(form).doesNotContainPattern("value=\"(WATER|OTHER)\" selected");

        String text = TestCodes.unique("未选类别");
        String page = mvc.perform(decision(meeting, text).param("category", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("请选择问题类别");
        assertThat(meetings.find(meeting, dispatch).decisions()).isEmpty();
        assertThat(ticketsTitled(text)).isZero();
    }

    private MockHttpServletRequestBuilder decision(long meeting, String text) {
        return post("/meetings/" + meeting + "/decisions")
                .session(taskforce)
                .with(csrf())
                .param("decision", text)
                .param(
                        "ownerDepartmentId",
                        Long.toString(fx.user("handler-power").departmentId()))
                .param("projectId", Long.toString(project))
                .param("deadline", deadline().toString())
                .param(
                        "version",
                        Integer.toString(meetings.find(meeting, dispatch).version()));
    }

    private LocalDate deadline() {
        return calendar.administrative().addWorkingDays(LocalDate.now(clock), 8);
    }

    private long ticketsTitled(String title) {
        return jdbc.sql("select count(*) from ticket where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }
}
