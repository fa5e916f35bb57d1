package cn.zhuanban.ticket;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/**
 * One step of a ticket's life (reported, assigned, signed, returned, resolved, reviewed, rated …),
 * published for every move. Carries what listeners need to decide whom to tell without reading the
 * ticket back: project, lead department, reporter, lead official.
 *
 * @param action the step, e.g. {@code ticket.assigned}, {@code ticket.resolved}
 * @param step a counter per ticket, so that a listener can make an idempotency key of (ticketId, step)
 */
public record TicketStepRecorded(
        Actor actor,
        long ticketId,
        int step,
        String action,
        TicketState fromState,
        TicketState toState,
        long projectId,
        Long departmentId,
        Long reporterId,
        Long leadOfficialId,
        String title,
        String summary)
        implements AuditedEvent {

    @Override
    public String entityType() {
        return "ticket";
    }

    @Override
    public String entityId() {
        return Long.toString(ticketId);
    }
}
