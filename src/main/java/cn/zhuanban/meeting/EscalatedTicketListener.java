package cn.zhuanban.meeting;

import cn.zhuanban.ticket.EscalationCause;
import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketEscalated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The last step of the escalation ladder (red + 5 working days) puts the ticket on the next weekly meeting's agenda:
 * the district leader's notice says so (已列入周调度会议题), so the already planned meeting must list it. So does a
 * ticket closed and escalated after the reporter's second dissatisfaction (domain §3): the lead official brings it up. Runs from the
 * event publication registry after the ticket's transaction committed; a meeting that lists the ticket already is
 * left alone, so a re-delivered event is harmless. The id is fixed because the registry stores it.
 */
@Component
class EscalatedTicketListener {

    static final String ID = "meeting.escalated-ticket";

    private final EscalatedTickets escalatedTickets;

    EscalatedTicketListener(EscalatedTickets escalatedTickets) {
        this.escalatedTickets = escalatedTickets;
    }

    @ApplicationModuleListener(id = ID)
    void on(TicketEscalated escalated) {
        if (escalated.level() == EscalationLevel.MEETING) {
            escalatedTickets.escalated(escalated.ticketId(), escalated.projectId(), escalated.title());
        } else if (escalated.cause() == EscalationCause.DISSATISFIED) {
            escalatedTickets.dissatisfied(escalated.ticketId(), escalated.projectId(), escalated.title());
        }
    }
}
