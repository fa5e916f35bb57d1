package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.TicketSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A ticket's source ({@code ticket.source}, default {@code REPORT}): a column the ticket entity does not map, so that
 * its saves leave it alone. Written once, when a meeting's action or a leader's instruction is reported, before its
 * reported step is recorded: the step's event carries the source ({@link StepRecorder}).
 */
@Component
public class TicketSources {

    private final JdbcClient jdbc;

    TicketSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void mark(long ticketId, TicketSource source) {
        jdbc.sql("update ticket set source = :source where id = :id")
                .param("source", source.name())
                .param("id", ticketId)
                .update();
    }

    public TicketSource of(long ticketId) {
        return jdbc.sql("select source from ticket where id = :id")
                .param("id", ticketId)
                .query(String.class)
                .optional()
                .map(TicketSource::of)
                .orElse(TicketSource.REPORT);
    }
}
