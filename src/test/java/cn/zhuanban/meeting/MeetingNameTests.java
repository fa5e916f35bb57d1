package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.ticket.TicketLists;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting has one name wherever it is named: its page, its series' list, the decisions ledger and the ticket its
 * decision opened. The ledger and the tickets said "第2期周例会" while the meeting's own page said "第 2 次例会".
 */
@IntegrationTest
class MeetingNameTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    CalendarManagement calendar;

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
    DepartmentManagement departments;

    @Autowired
    TicketLists tickets;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    String englishReader;

    @Test
    void theMeetingIsNamedAlikeOnItsPageItsSeriesTheLedgerAndItsTicket() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        fx.project(fx.enterprise(), taskForce);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.MONDAY, LocalTime.of(9, 0), "专班办公室"), dispatch);
        // the second meeting is held today: its decision becomes a ticket, which a meeting not held yet refuses
        LocalDate second = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        meetings.plan(series, second.minusWeeks(2), dispatch);
        long meeting = meetings.plan(series, second, dispatch);
        long power = departments.findByCode("GD").orElseThrow().id();
        decisions.decide(
                meeting,
                new DecisionForm(null, "供电公司完成临时用电接入", power, fx.userId("handler-power"), ahead(10)),
                meetings.find(meeting, dispatch).version(),
                dispatch);
        long ticket = meetings.find(meeting, dispatch).decisions().getFirst().ticketId();

        String name = "第2期周例会（" + second + "）";
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + meeting)).contains(name);
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/series/" + series))
                .contains(name);
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/actions?taskForceId=" + taskForce))
                .contains(name);
        assertThat(tickets.find(ticket, dispatch).description()).startsWith(name);

        String english = "Weekly meeting no. 2 (" + second + ")";
        assertThat(english("/meetings/" + meeting)).contains(english);
        assertThat(english("/meetings/series/" + series)).contains(english);
        assertThat(english("/meetings/actions?taskForceId=" + taskForce)).contains(english);
    }

    /** The page for a reader of the meetings who chose English ({@code lang=en}, kept on his own account). */
    private String english(String path) throws Exception {
        if (englishReader == null) {
            englishReader = new CustomRoleAccounts(roles, identity, directory)
                    .create(DataScope.ALL, null, Set.of(Permissions.MEETING_VIEW));
        }
        return mvc.perform(get(path).param("lang", "en").session(WebTestSupport.login(mvc, englishReader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A working day still to come: a decision's deadline cannot be a past day or a rest day. */
    private LocalDate ahead(int workingDays) {
        return calendar.addWorkingDays(LocalDate.now(ZoneId.of("Asia/Shanghai")), workingDays);
    }
}
