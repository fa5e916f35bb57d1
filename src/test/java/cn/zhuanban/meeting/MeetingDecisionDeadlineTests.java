package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketView;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A decision's deadline is a working day not before today (MISSION: deadlines in working days): a past date made the
 * action's ticket overdue on the day it was assigned, and the job escalated it to the district leader within minutes;
 * a Sunday or a holiday was stored as a deadline as it was. Refused beside the date, naming it and a working day to take.
 */
@IntegrationTest
class MeetingDecisionDeadlineTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    TicketLists tickets;

    @Autowired
    Clock clock;

    ServiceFixtures fx;
    long meeting;
    MockHttpSession taskforce;

    @BeforeEach
    void meeting() throws Exception {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        fx.project(fx.enterprise(), taskForce);
        LocalDate day = today();
        long series = meetings.createSeries(
                new SeriesForm(taskForce, day.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), fx.user("dispatch"));
        meeting = meetings.plan(series, day, fx.user("dispatch"));
        taskforce = WebTestSupport.login(mvc, "taskforce");
    }

    @Test
    void aPastDeadlineIsRefusedAndNoTicketIsOpened() throws Exception {
        LocalDate past = today().minusDays(29);
        String page = decide(TestCodes.unique("过去的时限"), past);
        assertThat(error(page))
                .contains(past.toString() + " 已经过去")
                .contains("今天是 " + today())
                .contains("工作日");
        assertThat(meetings.find(meeting, fx.user("dispatch")).decisions()).isEmpty();
    }

    @Test
    void aSundayIsRefusedAsARestDayWithAWorkingDayToTake() throws Exception {
        WorkingCalendar cal = calendar.administrative();
        LocalDate sunday = today().plusDays(7);
        while (sunday.getDayOfWeek() != DayOfWeek.SUNDAY || cal.isWorkingDay(sunday) || cal.nameOf(sunday) != null) {
            // a plain Sunday comes within weeks: make-up working days and holidays fall on a few only
            sunday = sunday.plusDays(1);
        }
        String page = decide(TestCodes.unique("周日时限"), sunday);
        assertThat(error(page)).contains(sunday + " 是休息日，不是工作日").contains("前一个工作日 " + cal.previousWorkingDay(sunday));
        assertThat(meetings.find(meeting, fx.user("dispatch")).decisions()).isEmpty();
    }

    /**
     * Runs when the district calendar holds a weekday holiday within a year (the next year's arrangement is imported
     * each November; without it, the calendar rests only on weekends, and {@code ChosenDeadlineTests} names a holiday).
     */
    @Test
    void aWorkingDayIsTakenAndTheTicketsSignAndFeedbackDeadlinesLieBetweenTodayAndIt() throws Exception {
        LocalDate deadline = calendar.administrative().addWorkingDays(today(), 2);
        mvc.perform(post("/meetings/" + meeting + "/decisions")
                        .session(taskforce)
                        .with(csrf())
                        .param("decision", TestCodes.unique("两日内完成"))
                        .param(
                                "ownerDepartmentId",
                                Long.toString(fx.user("handler-power").departmentId()))
                        .param("ownerUserId", Long.toString(fx.userId("handler-power")))
                        .param("category", "OTHER")
                        .param("deadline", deadline.toString())
                        .param("version", Integer.toString(version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/meetings/" + meeting));
        long ticketId = meetings.find(meeting, fx.user("dispatch"))
                .decisions()
                .getFirst()
                .ticketId();
        TicketView t = tickets.find(ticketId, fx.user("dispatch"));
        assertThat(t.assignedOn()).isEqualTo(today());
        assertThat(t.resolveBy()).isEqualTo(deadline);
        assertThat(t.resolveDateChosen())
                .as("the meeting decided it, the severity's terms did not count it")
                .isTrue();
        assertThat(t.signBy()).isBetween(today(), deadline);
        assertThat(t.feedbackBy()).isBetween(today(), deadline);
    }

    private String decide(String decision, LocalDate deadline) throws Exception {
        return mvc.perform(post("/meetings/" + meeting + "/decisions")
                        .session(taskforce)
                        .with(csrf())
                        .param("decision", decision)
                        .param(
                                "ownerDepartmentId",
                                Long.toString(fx.user("handler-power").departmentId()))
                        .param("ownerUserId", Long.toString(fx.userId("handler-power")))
                        .param("category", "OTHER")
                        .param("deadline", deadline.toString())
                        .param("version", Integer.toString(version())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The message beside the deadline input. */
    private static String error(String page) {
        Matcher m = Pattern.compile(
                        "<input[^>]*\\sname=\"deadline\"[^>]*>(.*?)(?=<input|<select|<textarea|</form>)",
                        Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("deadline input").isTrue();
        Matcher slot = Pattern.compile("<div class=\"invalid-feedback d-block\">([^<]*)</div>")
                .matcher(m.group(1));
        return slot.find() ? slot.group(1).strip() : "";
    }

    private int version() {
        return meetings.find(meeting, fx.user("dispatch")).version();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
