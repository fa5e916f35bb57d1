package cn.zhuanban.ticket;

import java.util.Arrays;
import java.util.Optional;

/**
 * The moves of domain.md §3 as the API names them ({@code POST /api/v1/tickets/{id}/{action}}).
 * Who may make a move is decided by {@link #actor()}; whether the state allows it, by the ticket.
 */
public enum TicketMove {
    ASSIGN("assign", Actor.DISPATCH),
    MERGE("merge", Actor.DISPATCH),
    RESOLVE_ON_THE_SPOT("resolve-on-the-spot", Actor.DISPATCH),
    REJECT("reject", Actor.DISPATCH),
    /** The lead official's 不同意 to a rejection the office proposed: the ticket goes back to the office's 待受理. */
    DECLINE_REJECTION("decline-rejection", Actor.LEAD_OFFICIAL),
    SIGN("sign", Actor.LEAD_DEPARTMENT),
    REQUEST_RETURN("request-return", Actor.LEAD_DEPARTMENT),
    REASSIGN("reassign", Actor.DISPATCH),
    INSIST("insist", Actor.DISPATCH),
    NOTE("note", Actor.INVOLVED),
    REQUEST_EXTENSION("request-extension", Actor.LEAD_DEPARTMENT),
    DECIDE_EXTENSION("decide-extension", Actor.DISPATCH),
    RESOLVE("resolve", Actor.LEAD_DEPARTMENT),
    REVIEW("review", Actor.DISPATCH),
    FEEDBACK("feedback", Actor.REPORTER),
    SUSPEND("suspend", Actor.LEAD_OFFICIAL),
    RESUME("resume", Actor.LEAD_OFFICIAL);

    /** Whose move it is. */
    public enum Actor {
        DISPATCH,
        LEAD_DEPARTMENT,
        INVOLVED,
        REPORTER,
        LEAD_OFFICIAL
    }

    private final String path;
    private final Actor actor;

    TicketMove(String path, Actor actor) {
        this.path = path;
        this.actor = actor;
    }

    public String path() {
        return path;
    }

    public Actor actor() {
        return actor;
    }

    /** Message key of the move's name, e.g. {@code ticket.move.request-return}. */
    public String labelKey() {
        return "ticket.move." + path;
    }

    /**
     * Whether the move takes a reason or explanation without fail (its form marks the box required; left out, the
     * ticket refuses it as a field error). A rejection takes one when proposed, not when the lead official confirms
     * it (his 不同意 does); a review only when it sends the ticket back.
     */
    public boolean needsReason() {
        return switch (this) {
            case RESOLVE_ON_THE_SPOT,
                    REJECT,
                    DECLINE_REJECTION,
                    REQUEST_RETURN,
                    NOTE,
                    REQUEST_EXTENSION,
                    RESOLVE,
                    SUSPEND -> true;
            default -> false;
        };
    }

    /**
     * The move meant in {@code state}: the contract's {@code resolve} on a REPORTED ticket is the dispatch office's
     * resolving it on the spot (domain.md §3), whose own name {@code resolve-on-the-spot} stays as an alias. Who may make
     * it is then the on-the-spot move's rule: anyone else is still forbidden.
     */
    public TicketMove meantIn(TicketState state) {
        return this == RESOLVE && state == TicketState.REPORTED ? RESOLVE_ON_THE_SPOT : this;
    }

    public static Optional<TicketMove> ofPath(String path) {
        return Arrays.stream(values()).filter(m -> m.path.equals(path)).findFirst();
    }
}
