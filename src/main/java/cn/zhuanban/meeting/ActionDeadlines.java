package cn.zhuanban.meeting;

import cn.zhuanban.meeting.domain.ActionStore.ActionRow;
import cn.zhuanban.ticket.ActionTicketStatus;
import cn.zhuanban.ticket.PastActionStatuses;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The deadline a meeting's words give a decision: its ticket's resolve date, which an approved extension or a
 * reassignment with a new date moves (the minutes said "限12-09完成" of a ticket extended to 12-18). A meeting not held
 * yet, or held today, reads the date as it stands; a meeting held on a past day, the date the ticket had at the end of
 * that day, read from the ticket's steps ({@link PastActionStatuses#on}), so that its minutes stay the record of what
 * it decided and saw, whenever they are read.
 */
@Component
class ActionDeadlines {

    private final PastActionStatuses pastStatuses;
    private final Clock clock;

    ActionDeadlines(PastActionStatuses pastStatuses, Clock clock) {
        this.pastStatuses = pastStatuses;
        this.clock = clock;
    }

    /** By action id, the deadline of each action for a meeting held on {@code heldOn}; a few queries for all. */
    Map<Long, LocalDate> of(Collection<ActionRow> actions, LocalDate heldOn) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (!heldOn.isBefore(LocalDate.now(clock))) {
            actions.forEach(a -> out.put(a.id(), a.currentDeadline()));
            return out;
        }
        Map<Long, LocalDate> decided = new HashMap<>();
        actions.stream()
                .filter(a -> a.ticketId() != null)
                .forEach(a -> decided.putIfAbsent(a.ticketId(), a.deadline()));
        Map<Long, ActionTicketStatus> then = pastStatuses.on(decided, heldOn);
        for (ActionRow a : actions) {
            ActionTicketStatus s = a.ticketId() == null ? null : then.get(a.ticketId());
            out.put(a.id(), s == null || s.resolveBy() == null ? a.deadline() : s.resolveBy());
        }
        return out;
    }
}
