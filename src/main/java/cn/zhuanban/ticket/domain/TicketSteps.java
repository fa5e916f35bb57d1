package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.TicketState;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The timeline: every move with its actor and reason, and the escalation steps taken. */
@Component
public class TicketSteps {

    /**
     * One line of the timeline: {@code step} its place in it (1 the first); {@code actorName} is null for the system (the
     * escalation job); {@code result} is the answer's code of a resolution or rating, null for other steps.
     */
    public record Entry(
            int step,
            String action,
            String actorName,
            TicketState from,
            TicketState to,
            String result,
            String detail,
            Instant at) {}

    private final JdbcClient jdbc;

    TicketSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a move under {@code departmentId}, the ticket's lead department after it (an assignment's new department,
     * the department asking to return): the return rate by department counts from it. {@code resolveBy} is the resolve
     * date a step that sets the deadlines ({@link Step#setsDeadlines}) left the ticket with, {@code signBy} its sign
     * deadline (V193), both null for other steps.
     */
    public void record(
            long ticketId,
            Step step,
            Long departmentId,
            LocalDate resolveBy,
            LocalDate signBy,
            Long actorId,
            String actorName,
            String detail,
            Instant at) {
        jdbc.sql("""
                        insert into ticket_step (ticket_id, step, action, department_id, actor_id, actor_name, from_state,
                                                 to_state, result_code, detail, at, resolve_by, sign_by)
                        values (:ticket, :step, :action, :department, :actorId, :actorName, :from, :to, :result, :detail,
                                :at, :resolveBy, :signBy)""")
                .param("ticket", ticketId)
                .param("department", departmentId)
                .param("step", step.number())
                .param("action", step.action())
                .param("actorId", actorId)
                .param("actorName", actorName)
                .param("from", step.from() == null ? null : step.from().name())
                .param("to", step.to().name())
                .param("result", step.result())
                .param("detail", detail)
                .param("at", Timestamp.from(at))
                .param("resolveBy", resolveBy)
                .param("signBy", signBy)
                .update();
    }

    /**
     * The sign deadline the ticket's assignment keeps, counted again: an assignment dated back to the meeting that
     * decided it counts its sign deadline from that day ({@code MeetingTickets#assignedAtMeeting}).
     */
    public void signByCountedAgain(long ticketId, LocalDate signBy) {
        jdbc.sql("""
                        update ticket_step set sign_by = :signBy
                        where ticket_id = :ticket and action = 'ticket.assigned'""").param("ticket", ticketId).param("signBy", signBy).update();
    }

    /**
     * Moves and escalation steps in the order they happened; steps of the ladder taken at the same instant in the order
     * of the deadlines they concern ({@link LadderStep#rank}).
     */
    public List<Entry> timeline(long ticketId) {
        List<Entry> merged = jdbc.sql("""
                        select step, action, actor_name, from_state, to_state, result_code, detail, at, 0 as rung
                        from ticket_step where ticket_id = :id
                        union all
                        select 0, 'ticket.escalated-' || lower(step), null, null, null, null, null, at,
                               case step when 'SIGN_YELLOW' then 0 when 'SIGN_RED' then 1 when 'FEEDBACK_YELLOW' then 2
                                         when 'FEEDBACK_RED' then 3 when 'YELLOW' then 4 when 'RED' then 5
                                         when 'LEAD_OFFICIAL' then 6 else 7 end
                        from ticket_escalation where ticket_id = :id and not carried
                        order by at, step, rung""")
                .param("id", ticketId)
                .query((rs, n) -> new Entry(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        state(rs.getString(4)),
                        state(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
        // Numbered by place in the timeline: the ladder's steps have no number of their own (they all read 0), and a
        // recorded move's number counts the moves only, so after a card it no longer said where the step stands.
        return IntStream.range(0, merged.size())
                .mapToObj(i -> {
                    Entry e = merged.get(i);
                    return new Entry(
                            i + 1, e.action(), e.actorName(), e.from(), e.to(), e.result(), e.detail(), e.at());
                })
                .toList();
    }

    private static TicketState state(String s) {
        return s == null ? null : TicketState.valueOf(s);
    }
}
