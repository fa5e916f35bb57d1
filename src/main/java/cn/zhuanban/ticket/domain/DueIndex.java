package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The index of due times the escalation job reads, so that its cost follows the number of steps
 * due, not the number of tickets. Rebuilt for a ticket whenever its deadlines or state change, from
 * {@link DueTimes}.
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
        jdbc.sql("delete from ticket_due where ticket_id = :id")
                .param("id", ticket.getId())
                .update();
        DueTimes.of(ticket, calendar).forEach(d -> insert(d.ticketId(), d.step(), d.round(), d.dueOn()));
    }

    /**
     * Every step due on or before {@code today} of the first {@code limit} tickets with one, earliest due first. Whole
     * tickets, not rows: a batch that took only some of a ticket's due steps would leave its later rungs for the next
     * batch and write its timeline out of ladder order.
     */
    public List<Due> dueOn(LocalDate today, int limit) {
        return jdbc.sql("select ticket_id, step, round, due_on from ticket_due where due_on <= :today"
                        + " and ticket_id in (select ticket_id from ticket_due where due_on <= :today"
                        + " group by ticket_id order by min(due_on), ticket_id limit :limit)"
                        + " order by due_on, ticket_id")
                .param("today", today)
                .param("limit", limit)
                .query(DueIndex::due)
                .list();
    }

    public List<Due> of(long ticketId) {
        return jdbc.sql("select ticket_id, step, round, due_on from ticket_due where ticket_id = :id order by due_on")
                .param("id", ticketId)
                .query(DueIndex::due)
                .list();
    }

    public void done(Due due) {
        jdbc.sql("delete from ticket_due where ticket_id = :id and step = :step")
                .param("id", due.ticketId())
                .param("step", due.step().name())
                .update();
    }

    /**
     * Records the step as taken; false when it was taken already. A step happens once per round (set of
     * deadlines) and once per due date, so that a new round that keeps a deadline's date repeats nothing of
     * it: approving an extension keeps the sign and feedback dates, and a card lowered after a recount (a
     * new round, see {@link Ticket#lowerCard}) keeps the dates the recount did not move.
     */
    public boolean markTaken(long ticketId, int round, LadderStep step, LocalDate dueOn, Instant at) {
        return jdbc.sql("""
                        insert into ticket_escalation (ticket_id, round, step, at, due_on)
                        select :id, :round, :step, :at, :due from (values (1)) v
                        where not exists (select 1 from ticket_escalation e
                                          where e.ticket_id = :id and e.step = :step
                                            and (e.round = :round or e.due_on = :same))""")
                        .param("id", ticketId)
                        .param("round", round)
                        .param("step", step.name())
                        .param("at", Timestamp.from(at))
                        .param("due", dueOn)
                        .param("same", dueOn)
                        .update()
                > 0;
    }

    /** Whether the step was taken in this round. */
    public boolean taken(long ticketId, int round, LadderStep step) {
        return jdbc.sql(
                                "select count(*) from ticket_escalation where ticket_id = :id and round = :round and step = :step")
                        .param("id", ticketId)
                        .param("round", round)
                        .param("step", step.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The steps taken in a round, carried ones included (see {@link #carry}). */
    public List<Due> takenIn(long ticketId, int round) {
        return jdbc.sql(
                        "select ticket_id, step, round, due_on from ticket_escalation where ticket_id = :id and round = :round")
                .param("id", ticketId)
                .param("round", round)
                .query(DueIndex::due)
                .list();
    }

    /**
     * Records card steps as taken in a new round without taking them again: the card they stand for was kept when a
     * recount began the round ({@link RecountedCard}). A later recount in that round then still finds them, and the job
     * does not raise them again. Not shown on the timeline: nothing happened to the ticket.
     */
    public void carry(long ticketId, int round, List<Due> steps, Instant at) {
        for (Due step : steps) {
            jdbc.sql("""
                            insert into ticket_escalation (ticket_id, round, step, at, due_on, carried)
                            select :id, :round, :step, :at, :due, true from (values (1)) v
                            where not exists (select 1 from ticket_escalation e
                                              where e.ticket_id = :id and e.round = :round and e.step = :step)""")
                    .param("id", ticketId)
                    .param("round", round)
                    .param("step", step.step().name())
                    .param("at", Timestamp.from(at))
                    .param("due", step.dueOn())
                    .update();
        }
    }

    /**
     * Up to {@code limit} tickets listed for a one-time re-index ({@code ticket_due_reindex}, V198) after {@code after},
     * the lowest ids first: a cursor, so that a ticket whose re-index failed does not hold up the ones after it.
     */
    public List<Long> queuedForReindex(long after, int limit) {
        return jdbc.sql("select ticket_id from ticket_due_reindex where ticket_id > :after order by ticket_id"
                        + " limit :limit")
                .param("after", after)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Re-indexes a listed ticket and takes it off the list, holding the ticket's row until the transaction ends: a
     * user's change of the ticket (which re-indexes it too) waits, or is waited for, so the two never interleave their
     * delete and inserts, and the index is built from the ticket as it stands. A ticket gone meanwhile only leaves the
     * list.
     */
    public void reindexQueued(long ticketId, TicketRepository tickets, WorkingCalendar calendar) {
        jdbc.sql("select id from ticket where id = :id for update")
                .param("id", ticketId)
                .query(Long.class)
                .optional();
        tickets.findById(ticketId).ifPresent(t -> reindex(t, calendar));
        jdbc.sql("delete from ticket_due_reindex where ticket_id = :id")
                .param("id", ticketId)
                .update();
    }

    /** A row of {@code ticket_id, step, round, due_on}, as the index and the taken steps both hold them. */
    private static Due due(ResultSet rs, int row) throws SQLException {
        return new Due(
                rs.getLong(1), LadderStep.valueOf(rs.getString(2)), rs.getInt(3), rs.getObject(4, LocalDate.class));
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
