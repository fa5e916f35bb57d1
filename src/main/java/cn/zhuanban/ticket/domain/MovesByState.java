package cn.zhuanban.ticket.domain;

import static cn.zhuanban.ticket.TicketMove.*;

import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketState;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Which moves each state allows (domain.md §3): the one table the ticket and its buttons use. */
final class MovesByState {

    private static final Map<TicketState, Set<TicketMove>> MOVES = new EnumMap<>(TicketState.class);

    static {
        MOVES.put(
                TicketState.REPORTED,
                EnumSet.of(ASSIGN, MERGE, RESOLVE_ON_THE_SPOT, REJECT, DECLINE_REJECTION, NOTE, SUSPEND));
        MOVES.put(TicketState.ASSIGNED, EnumSet.of(SIGN, REQUEST_RETURN, NOTE, SUSPEND));
        MOVES.put(TicketState.RETURN_REQUESTED, EnumSet.of(REASSIGN, INSIST, NOTE, SUSPEND));
        MOVES.put(TicketState.IN_PROGRESS, EnumSet.of(NOTE, REQUEST_EXTENSION, DECIDE_EXTENSION, RESOLVE, SUSPEND));
        MOVES.put(TicketState.RESOLVED, EnumSet.of(REVIEW, NOTE, SUSPEND));
        MOVES.put(TicketState.AWAITING_FEEDBACK, EnumSet.of(FEEDBACK, NOTE, SUSPEND));
        MOVES.put(TicketState.SUSPENDED, EnumSet.of(RESUME, NOTE));
        MOVES.put(TicketState.CLOSED, EnumSet.noneOf(TicketMove.class));
        MOVES.put(TicketState.MERGED, EnumSet.noneOf(TicketMove.class));
        MOVES.put(TicketState.REJECTED, EnumSet.noneOf(TicketMove.class));
    }

    private MovesByState() {}

    static Set<TicketMove> of(TicketState state) {
        return EnumSet.copyOf(MOVES.get(state).isEmpty() ? EnumSet.noneOf(TicketMove.class) : MOVES.get(state));
    }

    /**
     * Moves the state allows but a rule refuses, with the rule's key: a return after the office insisted, an extension
     * refused by {@link ExtensionRules} ({@code extensionRefused}, null when one may be asked for).
     */
    static Map<TicketMove, String> ruledOut(TicketState state, boolean returnBlocked, String extensionRefused) {
        Map<TicketMove, String> ruledOut = new EnumMap<>(TicketMove.class);
        Set<TicketMove> byState = of(state);
        if (returnBlocked && byState.contains(REQUEST_RETURN)) {
            ruledOut.put(REQUEST_RETURN, "return-insisted");
        }
        if (extensionRefused != null && byState.contains(REQUEST_EXTENSION)) {
            ruledOut.put(REQUEST_EXTENSION, extensionRefused);
        }
        return ruledOut;
    }
}
