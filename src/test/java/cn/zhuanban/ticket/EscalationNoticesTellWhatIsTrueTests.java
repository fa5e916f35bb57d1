package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.ticket.domain.EscalationLadder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When the job catches up several steps of a ticket in one run (after a stop, or a deadline already past when set), it
 * takes no "one working day left" or "about to be overdue" step for a deadline already passed (neither recorded nor
 * told), records the others once, and tells only what is true that day: one red card for an overdue ticket rather than
 * one per deadline. The lead
 * official's escalation notice says why: overdue, or the reporter dissatisfied twice.
 */
@IntegrationTest
class EscalationNoticesTellWhatIsTrueTests {

    @Autowired
    TicketFlows flows;

    @Autowired
    EscalationLadder ladder;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void aCatchUpWarnsOfNoPassedDeadlineAndTellsOnlyThatTheTicketIsOverdue() {
        long id = flows.assignedToPower();
        LocalDate resolveBy = flows.view(id).resolveBy();

        ladder.run(calendar.addWorkingDays(resolveBy, 3));

        assertThat(steps(id))
                .contains("SIGN_RED", "FEEDBACK_RED", "RED", "LEAD_OFFICIAL", "MEETING")
                .doesNotContain("YELLOW", "FEEDBACK_YELLOW");
        // overdue since its sign deadline, nine working days before: the meeting rung (red + 5) is due as well
        assertThat(flows.view(id).escalationLevel()).isEqualTo(EscalationLevel.MEETING);
        long handler = flows.user("handler-power").id();
        long lead = flows.user("lead").id();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TicketInbox.notices(jdbc, handler, "notification.ticket.card-red", id) == 1
                        && TicketInbox.notices(jdbc, lead, "notification.ticket.escalated-lead-official", id) == 1);
        // the red cards of the sign and feedback deadlines are in the audit log, overtaken by the resolve deadline's
        await().atMost(Duration.ofSeconds(10)).until(() -> audited(id, "ticket.card-red-sign") == 1);
        assertThat(auditSummary(id, "ticket.card-red-sign")).endsWith("overtaken");
        assertThat(audited(id, "ticket.card-yellow") + audited(id, "ticket.escalated-reminder"))
                .as("no warning of a passed deadline")
                .isZero();
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> List.of(
                                        "notification.ticket.card-yellow",
                                        "notification.ticket.card-yellow-resolve",
                                        "notification.ticket.escalated-reminder",
                                        "notification.ticket.card-yellow-feedback",
                                        "notification.ticket.card-red-sign",
                                        "notification.ticket.card-red-feedback")
                                .stream()
                                .mapToLong(key -> TicketInbox.notices(jdbc, handler, key, id))
                                .sum()
                        == 0);
        assertThat(TicketInbox.notices(jdbc, lead, "notification.ticket.card-red-sign", id))
                .isZero();
    }

    @Test
    void aYellowCardTakenOnItsDayIsStillTold() {
        long id = flows.signedByPower();
        flows.noteByPower(id);
        LocalDate resolveBy = flows.view(id).resolveBy();

        ladder.run(calendar.addWorkingDays(resolveBy, -1));

        long handler = flows.user("handler-power").id();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TicketInbox.notices(jdbc, handler, "notification.ticket.card-yellow-resolve", id) == 1
                        && TicketInbox.notices(jdbc, handler, "notification.ticket.escalated-reminder", id) == 1);
    }

    @Test
    void aSecondDissatisfactionReachesTheLeadOfficialAsSuchNotAsOverdue() {
        long id = flows.signedByPower();
        CurrentUser dispatch = flows.user("dispatch");
        for (int round = 0; round < 2; round++) {
            flows.resolveByPower(id);
            flows.management().act(id, TicketMove.REVIEW, MoveCommand.review(true), dispatch);
            flows.management()
                    .act(id, TicketMove.FEEDBACK, MoveCommand.rate(TicketRating.DISSATISFIED, "仍未解决"), dispatch);
        }
        assertThat(flows.view(id).state()).isEqualTo(TicketState.CLOSED);
        assertThat(flows.view(id).closure()).isEqualTo(TicketClosure.DISSATISFIED_ESCALATED);

        long lead = flows.user("lead").id();
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        TicketInbox.notices(jdbc, lead, "notification.ticket.escalated-lead-official-dissatisfied", id)
                                == 1);
        assertThat(TicketInbox.notices(jdbc, lead, "notification.ticket.escalated-lead-official", id))
                .isZero();
        assertThat(messages.getMessage(
                        "notification.ticket.escalated-lead-official-dissatisfied",
                        new Object[] {"工单"},
                        Locale.SIMPLIFIED_CHINESE))
                .contains("两次回访企业仍不满意")
                .doesNotContain("超期");
    }

    private List<String> steps(long id) {
        return jdbc.sql("select step from ticket_escalation where ticket_id = :id")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private long audited(long id, String action) {
        return jdbc.sql(
                        "select count(*) from audit_record where entity_type = 'ticket' and entity_id = :id and action = :a")
                .param("id", Long.toString(id))
                .param("a", action)
                .query(Long.class)
                .single();
    }

    private String auditSummary(long id, String action) {
        return jdbc.sql(
                        "select summary from audit_record where entity_type = 'ticket' and entity_id = :id and action = :a")
                .param("id", Long.toString(id))
                .param("a", action)
                .query(String.class)
                .single();
    }
}
