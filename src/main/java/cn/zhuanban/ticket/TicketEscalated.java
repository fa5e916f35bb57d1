package cn.zhuanban.ticket;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A step of the escalation ladder was taken (each step once per ticket). */
public record TicketEscalated(
        Actor actor,
        long ticketId,
        EscalationLevel level,
        long projectId,
        Long departmentId,
        Long leadOfficialId,
        String title)
        implements AuditedEvent {

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
