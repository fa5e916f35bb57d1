package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.MoveCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketMove;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A decision's deadline follows its ticket's resolve date: the handler asked for an extension, the dispatch office
 * approved it, and the ledger, its overdue filter, the next meeting's agenda and the minutes of the meeting not held
 * yet say the new date; a meeting held on a past day keeps, in its minutes, the date it decided.
 */
@IntegrationTest
class ActionDeadlineFollowsTicketTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    MeetingDecisions decisions;

    @Autowired
    ActionLedger ledger;

    @Autowired
    TicketManagement tickets;

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
    long meeting;
    long project;

    @BeforeEach
    void meetingOfToday() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        project = fx.project(fx.enterprise(), taskForce);
        LocalDate today = LocalDate.now(clock);
        series = meetings.createSeries(
                new SeriesForm(taskForce, today.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        meeting = meetings.plan(series, today, dispatch);
    }

    @Test
    void anApprovedExtensionMovesTheDecisionsDeadlineInTheLedgerItsFilterTheAgendaAndTheMinutes() throws Exception {
        WorkingCalendar cal = calendar.administrative();
        LocalDate today = LocalDate.now(clock);
        LocalDate decided = cal.addWorkingDays(today, 3);
        LocalDate extended = cal.addWorkingDays(today, 8);
        String word = TestCodes.unique("延期");
        long action = decide(word + "供电公司完成临时用电接入", decided);
        long ticket = ticketOf(action);
        extend(ticket, extended);

        assertThat(meetings.find(meeting, dispatch).decisions().getFirst().deadline())
                .as("the minutes of the meeting not held before today say the date as it stands")
                .isEqualTo(extended);
        ActionFilter mine = new ActionFilter(word, null, null, null);
        assertThat(ledger.search(mine, dispatch, new PageQuery(0, 10)).content())
                .singleElement()
                .satisfies(r -> assertThat(r.deadline()).isEqualTo(extended));
        // not overdue the day after the date the meeting set, overdue the day after the approved one
        assertThat(ledger.overdue(dispatch, decided.plusDays(1), 500))
                .extracting(ActionLedgerRow::id)
                .doesNotContain(action);
        assertThat(ledger.overdue(dispatch, extended.plusDays(1), 500))
                .extracting(ActionLedgerRow::id)
                .contains(action);
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/actions?q=" + word))
                .contains("限" + extended + "完成")
                .doesNotContain("限" + decided + "完成");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + meeting)).contains(extended.toString());

        // the next meeting carries the action over with its date as it stands
        long next = meetings.plan(series, today.plusWeeks(1), dispatch);
        assertThat(meetings.find(next, dispatch).items())
                .filteredOn(i -> i.source() == AgendaSource.OPEN_ACTION && i.refId() == action)
                .extracting(AgendaItemView::detail)
                .containsExactly("#1 · " + extended);
    }

    @Test
    void aMeetingHeldOnAPastDayKeepsTheDeadlineItDecidedInItsMinutes() {
        WorkingCalendar cal = calendar.administrative();
        LocalDate today = LocalDate.now(clock);
        LocalDate decided = cal.addWorkingDays(today, 3);
        LocalDate extended = cal.addWorkingDays(today, 8);
        String word = TestCodes.unique("往期");
        long action = decide(word + "自然资源局完成红线复核", decided);
        extend(ticketOf(action), extended);
        // the meeting was held three days ago (its decision written up today); the extension came after it
        jdbc.sql("update meeting set held_on = :on where id = :id")
                .param("on", today.minusDays(3))
                .param("id", meeting)
                .update();

        assertThat(meetings.find(meeting, dispatch).decisions().getFirst().deadline())
                .isEqualTo(decided);
        meetings.confirm(meeting, meetings.find(meeting, dispatch).version(), fx.user("lead"));
        assertThat(meetings.find(meeting, dispatch).decisions().getFirst().deadline())
                .isEqualTo(decided);
        // the ledger follows the ticket whatever meeting decided it
        assertThat(ledger.search(new ActionFilter(word, null, null, null), dispatch, new PageQuery(0, 10))
                        .content())
                .singleElement()
                .satisfies(r -> assertThat(r.deadline()).isEqualTo(extended));
    }

    private long decide(String decision, LocalDate deadline) {
        return decisions.decide(
                meeting,
                new DecisionForm(
                        null,
                        decision,
                        fx.user("handler-power").departmentId(),
                        fx.userId("handler-power"),
                        deadline,
                        project,
                        TicketCategory.POWER),
                meetings.find(meeting, dispatch).version(),
                dispatch);
    }

    /** The handler signs and asks for {@code to}; the dispatch office approves. */
    private void extend(long ticket, LocalDate to) {
        CurrentUser handler = fx.user("handler-power");
        tickets.act(ticket, TicketMove.SIGN, MoveCommand.empty(), handler);
        tickets.act(ticket, TicketMove.REQUEST_EXTENSION, MoveCommand.requestExtension("设备到货推迟", to), handler);
        tickets.act(ticket, TicketMove.DECIDE_EXTENSION, MoveCommand.decideExtension(true), dispatch);
    }

    private long ticketOf(long action) {
        return jdbc.sql("select ticket_id from meeting_action where id = :id")
                .param("id", action)
                .query(Long.class)
                .single();
    }
}
