package cn.zhuanban.ticket;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A ticket got a yellow or red card from the SLA clock. */
public record TicketCardRaised(
        Actor actor,
        long ticketId,
        TicketCard card,
        long projectId,
        Long departmentId,
        Long leadOfficialId,
        String title)
        implements AuditedEvent {

    @Override
    public String action() {
        return "ticket.card-" + card.name().toLowerCase();
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
        return card.name();
    }
}
