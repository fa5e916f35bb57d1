package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.ActionView;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.MeetingTickets;
import cn.zhuanban.ticket.TicketDeadline;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A decision whose ticket was never signed in time is late on its sign deadline while its completion date is still
 * ahead: the ledger, the next agenda (and the minutes, which read the agenda's words) name the deadline missed, as the
 * ticket's page does (签收超期 N 个工作日), not 已超期 beside 限…完成 of a date to come. Which deadline is the ticket
 * module's rule, the earliest missed; the ledger's 已超期 filter still lists the row.
 */
@IntegrationTest
class ActionOverdueDeadlineNamedTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

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
    DepartmentManagement departments;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    MeetingTickets tickets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionLedger ledger;

    @Test
    void aDecisionNotSignedInTimeIsLateOnItsSignDeadlineInTheLedgerAndOnTheNextAgenda() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        long zrzy = departments.findByCode("ZRZY").orElseThrow().id();
        long taskForce = fx.taskForce(null, Set.of(), Set.of(zrzy));
        fx.project(fx.enterprise(), taskForce);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.MONDAY, LocalTime.of(9, 0), "指挥部会议室"), dispatch);
        long meeting = meetings.plan(series, TODAY.minusDays(20), dispatch);
        String decision = TestCodes.unique("自然资源局协调用地红线复核");
        LocalDate due = calendar.administrative().workingDayOnOrAfter(TODAY.plusDays(20));
        decisions.decide(
                meeting,
                new DecisionForm(null, decision, zrzy, fx.userId("handler"), due),
                meetings.find(meeting, dispatch).version(),
                dispatch);
        ActionView action = meetings.find(meeting, dispatch).decisions().stream()
                .filter(a -> a.decision().equals(decision))
                .findFirst()
                .orElseThrow();
        long ticket = jdbc.sql("select ticket_id from meeting_action where id = :id")
                .param("id", action.id())
                .query(Long.class)
                .single();
        // never signed, its sign deadline nine days past; its resolve date still three weeks ahead
        jdbc.sql("update ticket set sign_by = :d where id = :id and state = 'ASSIGNED'")
                .param("d", TODAY.minusDays(9))
                .param("id", ticket)
                .update();
        var status = tickets.statuses(List.of(ticket)).get(ticket);
        assertThat(status.missed().deadline()).isEqualTo(TicketDeadline.SIGN);
        String late = "签收超期 " + status.workingDaysOverdue() + " 个工作日";

        String listed = WebTestSupport.page(mvc, "dispatch", "/meetings/actions?taskForceId=" + taskForce);
        assertThat(listed).contains(late, "限" + due + "完成");
        assertThat(ledger.search(new ActionFilter(null, taskForce, null, null), dispatch, new PageQuery(0, 10))
                        .content())
                .singleElement()
                .satisfies(a -> assertThat(a.standing(TODAY)).isEqualTo("open-late-sign"));
        assertThat(WebTestSupport.page(
                        mvc, "dispatch", "/meetings/actions?taskForceId=" + taskForce + "&state=OVERDUE"))
                .as("the 已超期 filter lists what the ledger labels late")
                .contains("data-action=\"" + action.id() + "\"", late);

        long next = meetings.plan(series, TODAY.plusDays(7), dispatch);
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + next))
                .contains(decision, late)
                .doesNotContain("已超期 " + status.workingDaysOverdue() + " 个工作日");
    }
}
