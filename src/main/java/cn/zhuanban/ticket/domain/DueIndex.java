package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.TicketState;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The index of due times the escalation job reads, so that its cost follows the number of steps
 * due, not the number of tickets. Rebuilt for a ticket whenever its deadlines or state change:
 * yellow one working day before the resolve deadline, red the day after it, the lead official two
 * and the weekly meeting five working days after the card turned red (the first working day after
 * the deadline); the no-response close the day after the rating deadline.
 */
@Component
public class DueIndex {

    /** A due step of one ticket. */
    public record Due(long ticketId, LadderStep step, int round, LocalDate dueOn) {}

    private final JdbcClient jdbc;

    DueIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void reindex(Ticket ticket, WorkingCalendar calendar) {
        long id = ticket.getId();
        jdbc.sql("delete from ticket_due where ticket_id = :id").param("id", id).update();
        LocalDate resolveBy = ticket.getResolveBy();
        int round = ticket.getDeadlineRound();
        if (ticket.clockRunning() && resolveBy != null) {
            insert(id, LadderStep.YELLOW, round, calendar.addWorkingDays(resolveBy, -1));
            insert(id, LadderStep.RED, round, resolveBy.plusDays(1));
            insert(id, LadderStep.LEAD_OFFICIAL, round, calendar.addWorkingDays(resolveBy, 1 + 2));
            insert(id, LadderStep.MEETING, round, calendar.addWorkingDays(resolveBy, 1 + 5));
        } else if (ticket.getState() == TicketState.AWAITING_FEEDBACK && ticket.getRatingBy() != null) {
            insert(id, LadderStep.NO_RESPONSE, round, ticket.getRatingBy().plusDays(1));
        }
    }

    public List<Due> dueOn(LocalDate today, int limit) {
        return jdbc.sql("select ticket_id, step, round, due_on from ticket_due where due_on <= :today"
                        + " order by due_on, ticket_id limit :limit")
                .param("today", today)
                .param("limit", limit)
                .query((rs, n) -> new Due(
                        rs.getLong(1),
                        LadderStep.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    public List<Due> of(long ticketId) {
        return jdbc.sql("select ticket_id, step, round, due_on from ticket_due where ticket_id = :id order by due_on")
                .param("id", ticketId)
                .query((rs, n) -> new Due(
                        rs.getLong(1),
                        LadderStep.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    public void done(Due due) {
        jdbc.sql("delete from ticket_due where ticket_id = :id and step = :step")
                .param("id", due.ticketId())
                .param("step", due.step().name())
                .update();
    }

    /** Records the step as taken; false when it was taken already (the primary key says once). */
    public boolean markTaken(long ticketId, int round, LadderStep step, Instant at) {
        return jdbc.sql("""
                        insert into ticket_escalation (ticket_id, round, step, at)
                        select :id, :round, :step, :at from (values (1)) v
                        where not exists (select 1 from ticket_escalation e
                                          where e.ticket_id = :id and e.round = :round and e.step = :step)""")
                        .param("id", ticketId)
                        .param("round", round)
                        .param("step", step.name())
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    private void insert(long id, LadderStep step, int round, LocalDate dueOn) {
        jdbc.sql("insert into ticket_due (ticket_id, step, round, due_on) values (:id, :step, :round, :due)")
                .param("id", id)
                .param("step", step.name())
                .param("round", round)
                .param("due", dueOn)
                .update();
    }
}
