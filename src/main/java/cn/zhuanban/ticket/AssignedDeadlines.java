package cn.zhuanban.ticket;

import cn.zhuanban.ticket.domain.Step;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines an assignment step set, as the ticket has them now, for the notice that tells the department of it:
 * the same dates the ticket page shows. The step's event carries the dates of the instant it was recorded, and an
 * assignment may be dated back right after, in the same transaction (a meeting's action recorded after the meeting,
 * {@link MeetingTickets#assignedAtMeeting}): its notice then named dates the ticket never had.
 */
@Service
@Transactional(readOnly = true)
public class AssignedDeadlines {

    /** The three deadlines of an assignment. */
    public record Dates(LocalDate signBy, LocalDate feedbackBy, LocalDate resolveBy) {}

    private final JdbcClient jdbc;

    AssignedDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ticket's deadlines now, when the step {@code step} was the last to set them (no later assignment, recount,
     * resumption, reopening or approved extension); empty otherwise, or for an unknown ticket, when only the step's own
     * record of them is right.
     */
    public Optional<Dates> of(long ticketId, int step) {
        boolean setSince = jdbc.sql("""
                        select count(*) from ticket_step
                        where ticket_id = :id and step > :step
                          and (action in (:again)
                               or (action = 'ticket.extension-decided' and result_code = 'APPROVED'))""")
                        .param("id", ticketId)
                        .param("step", step)
                        .param("again", Step.SETTING_DEADLINES)
                        .query(Long.class)
                        .single()
                > 0;
        if (setSince) {
            return Optional.empty();
        }
        return jdbc.sql("select sign_by, feedback_by, resolve_by from ticket where id = :id")
                .param("id", ticketId)
                .query((rs, n) -> new Dates(
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .optional()
                .filter(d -> d.resolveBy() != null);
    }
}
