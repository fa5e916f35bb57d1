package cn.zhuanban.meeting;

import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketStepRecorded;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes a meeting action when its ticket reaches an end state (closed, or merged into or rejected
 * for another). Runs from the event publication registry after the ticket's transaction committed;
 * closing an already closed action changes nothing, so a re-delivered event is harmless. The id is
 * fixed because the registry stores it.
 */
@Component
class ActionTicketListener {

    static final String ID = "meeting.action-ticket";

    private static final Set<TicketState> ENDS = Set.of(TicketState.CLOSED, TicketState.MERGED, TicketState.REJECTED);

    private final MeetingDecisions decisions;

    ActionTicketListener(MeetingDecisions decisions) {
        this.decisions = decisions;
    }

    @ApplicationModuleListener(id = ID)
    void on(TicketStepRecorded step) {
        if (ENDS.contains(step.toState()) && step.fromState() != step.toState()) {
            decisions.ticketEnded(step.ticketId(), step.toState().name());
        }
    }
}
