package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.TicketState;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which tickets a duplicate may be merged into: one still being worked on. A closed, rejected or merged ticket has
 * nobody working on it, so a problem merged into it would be "handled" by no one. A resolved ticket (awaiting review
 * or the reporter's rating) is left out too: its result was written before the duplicate came in, and only its own
 * reporter rates it, so the newer report would be closed by a rating that never looked at it; such a report is
 * assigned on its own. Suspended tickets stay open (the lead official paused them) and may take duplicates.
 */
public final class MergeTargets {

    /** The states a merge target may be in. */
    public static final Set<TicketState> OPEN_STATES = EnumSet.of(
            TicketState.REPORTED,
            TicketState.ASSIGNED,
            TicketState.RETURN_REQUESTED,
            TicketState.IN_PROGRESS,
            TicketState.SUSPENDED);

    private MergeTargets() {}

    public static boolean accepts(TicketState state) {
        return OPEN_STATES.contains(state);
    }
}
