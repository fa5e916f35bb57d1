package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A past meeting's agenda judges "not signed in time" by the sign deadline the ticket had on the meeting day, which the
 * assignment's step keeps (V193), not by today's: a reassignment since sets a later one, and the agenda of the day the
 * department sat on the ticket unsigned once left it out.
 */
@IntegrationTest
class MeetingAgendaPastDaySignByTests {

    @Autowired
    PastMeetingFixtures past;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssignmentKeepsTheSignDeadlineItSetWithItsStep() {
        long taskForce = past.taskForce();
        long ticket = past.assigned(past.project(taskForce), "签收期限随步骤保存");

        LocalDate kept = jdbc.sql(
                        "select sign_by from ticket_step where ticket_id = :id and action = 'ticket.assigned'")
                .param("id", ticket)
                .query(LocalDate.class)
                .single();

        assertThat(kept)
                .isNotNull()
                .isEqualTo(jdbc.sql("select sign_by from ticket where id = :id")
                        .param("id", ticket)
                        .query(LocalDate.class)
                        .single());
    }

    @Test
    void aTicketUnsignedPastItsSignDeadlineOnThePastMeetingDayIsListedThoughReassignedSince() {
        LocalDate heldOn = LocalDate.now(PastMeetingFixtures.DISTRICT).minusWeeks(1);
        long taskForce = past.taskForce();
        long project = past.project(taskForce);
        // assigned ten days before the meeting, to be signed two days before it and resolved well after it
        long ticket = past.assigned(project, "迁改管线未签收");
        LocalDate signBy = heldOn.minusDays(2);
        LocalDate resolveBy = heldOn.plusDays(20);
        past.dateBack(ticket, heldOn.minusDays(10));
        jdbc.sql("update ticket_step set sign_by = :sign, resolve_by = :resolve"
                        + " where ticket_id = :id and action = 'ticket.assigned'")
                .param("sign", signBy)
                .param("resolve", resolveBy)
                .param("id", ticket)
                .update();
        // reassigned after the meeting: today's sign deadline is a later one
        LocalDate signAgainBy = LocalDate.now(PastMeetingFixtures.DISTRICT).plusDays(3);
        jdbc.sql("""
                        insert into ticket_step (ticket_id, step, action, actor_name, from_state, to_state, at,
                                                 resolve_by, sign_by)
                        select :id, max(step) + 1, 'ticket.reassigned', '调度办', 'RETURN_REQUESTED', 'ASSIGNED', :at,
                               :resolve, :sign
                        from ticket_step where ticket_id = :id""")
                .param("id", ticket)
                .param("at", Timestamp.from(Instant.now()))
                .param("resolve", resolveBy)
                .param("sign", signAgainBy)
                .update();
        jdbc.sql("update ticket set sign_by = :sign, resolve_by = :resolve where id = :id")
                .param("sign", signAgainBy)
                .param("resolve", resolveBy)
                .param("id", ticket)
                .update();

        assertThat(past.agenda(taskForce, heldOn))
                .filteredOn(i -> i.source().name().startsWith("TICKET_"))
                .extracting(AgendaItemView::source, AgendaItemView::refId, AgendaItemView::detail)
                .containsExactly(tuple(AgendaSource.TICKET_OVERDUE, ticket, "ASSIGNED " + resolveBy));
    }
}
