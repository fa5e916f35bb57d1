package cn.zhuanban.ticket;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;
import java.time.LocalDate;

/**
 * A step of the escalation ladder was taken (each step once per round of the ticket); {@code due} is
 * the resolve deadline the step follows, so that a new round's steps are told again.
 */
public record TicketEscalated(
        Actor actor,
        long ticketId,
        EscalationLevel level,
        long projectId,
        Long departmentId,
        Long leadOfficialId,
        String title,
        LocalDate due)
        implements AuditedEvent {

    /** A step without a dated deadline (a dissatisfied rating), or an event stored before steps were dated. */
    public TicketEscalated(
            Actor actor,
            long ticketId,
            EscalationLevel level,
            long projectId,
            Long departmentId,
            Long leadOfficialId,
            String title) {
        this(actor, ticketId, level, projectId, departmentId, leadOfficialId, title, null);
    }

    @Override
    public String action() {
        return "ticket.escalated-" + level.name().toLowerCase();
    }

    @Override
    public String entityType() {
        return "ticket";
    }

    @Override
    public String entityId() {
        return Long.toString(ticketId);
    }

    @Override
    public String summary() {
        return level.name();
    }
}
