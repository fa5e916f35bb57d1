package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.ticket.MoveCommand;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketOutcome;
import cn.zhuanban.ticket.TicketRating;
import cn.zhuanban.ticket.TicketSeverity;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ticket escalated after the reporter's second dissatisfaction comes up at the next meeting, and leaves the agendas
 * after it once a meeting held since took it up, or once the lead official instructed on it since: the next agenda's
 * period begins on the day of the meeting that discussed it, and listed it again ("没有变化" on every refresh). A new
 * escalation after that meeting brings it back.
 */
@IntegrationTest
class MeetingEscalationTakenUpTests {

    @Autowired
    MeetingManagement meetings;

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
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anEscalatedTicketLeavesTheAgendasAfterTheMeetingThatTookItUpUntilItEscalatesAgain() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        CurrentUser handler = fx.user("handler-power");
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long project = fx.project(fx.enterprise(), taskForce);
        LocalDate today = LocalDate.now(clock);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, today.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        long discussing = meetings.plan(series, today, dispatch);

        long ticket = escalatedTicket(project, dispatch, handler);
        // the escalation puts it on the meeting of its day, which takes it up
        await().atMost(Duration.ofSeconds(10)).until(() -> escalatedItems(discussing, dispatch, ticket) == 1);

        // the next meeting's period begins that day, yet it does not list the ticket again
        long next = meetings.plan(series, today.plusWeeks(1), dispatch);
        assertThat(escalatedItems(next, dispatch, ticket)).isZero();
        meetings.refreshAgenda(next, dispatch);
        assertThat(escalatedItems(next, dispatch, ticket)).isZero();

        // escalated again after that meeting: back on the next agenda
        Timestamp again = Timestamp.from(
                today.plusDays(1).atTime(10, 0).atZone(clock.getZone()).toInstant());
        jdbc.sql("update ticket set closed_at = :at where id = :id")
                .param("at", again)
                .param("id", ticket)
                .update();
        meetings.refreshAgenda(next, dispatch);
        assertThat(escalatedItems(next, dispatch, ticket)).isOne();

        // the lead official instructed on it since: dealt with, off the agenda again
        jdbc.sql("""
                        insert into ticket_instruction (ticket_id, leader_id, leader_name, content, given_at)
                        values (:t, :leader, '牵头领导', '请供电公司三日内接电', :at)""")
                .param("t", ticket)
                .param("leader", fx.userId("lead"))
                .param("at", Timestamp.from(again.toInstant().plus(Duration.ofHours(2))))
                .update();
        meetings.refreshAgenda(next, dispatch);
        assertThat(escalatedItems(next, dispatch, ticket)).isZero();
    }

    private long escalatedTicket(long project, CurrentUser dispatch, CurrentUser handler) {
        long ticket = tickets.report(
                new ReportCommand(
                        project, TicketCategory.POWER, TestCodes.unique("临时用电两次不满意"), "施工临时用电", TicketSeverity.NORMAL),
                List.of(),
                dispatch);
        tickets.act(ticket, TicketMove.ASSIGN, MoveCommand.assignTo(handler.departmentId()), dispatch);
        tickets.act(ticket, TicketMove.SIGN, MoveCommand.empty(), handler);
        for (int round = 0; round < 2; round++) {
            tickets.act(ticket, TicketMove.RESOLVE, MoveCommand.resolve("已接电", TicketOutcome.SOLVED), handler);
            tickets.act(ticket, TicketMove.REVIEW, MoveCommand.review(true), dispatch);
            tickets.act(ticket, TicketMove.FEEDBACK, MoveCommand.rate(TicketRating.DISSATISFIED, "仍未通电"), dispatch);
        }
        return ticket;
    }

    private long escalatedItems(long meeting, CurrentUser user, long ticket) {
        return meetings.find(meeting, user).items().stream()
                .filter(i -> i.source() == AgendaSource.TICKET_ESCALATED && i.refId() == ticket)
                .count();
    }
}
