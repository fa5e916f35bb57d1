package cn.zhuanban.ticket;

/**
 * Where a ticket came from (domain.md §3), the value of {@code ticket.source}: reported by an enterprise contact, a
 * task-force member or a handler; an action of a meeting decision ({@link MeetingTickets#openAction}); a leader's
 * instruction (领导批示, {@link LeaderInstructions}). Labelled under {@code ticket.source.<name>}.
 */
public enum TicketSource {
    REPORT,
    MEETING,
    INSTRUCTION;

    /** The source a stored value names; an unknown one (a later version's) reads as reported. */
    public static TicketSource of(String stored) {
        for (TicketSource s : values()) {
            if (s.name().equals(stored)) {
                return s;
            }
        }
        return REPORT;
    }

    /**
     * Reported and assigned in one go (a meeting's action, a leader's instruction): the decision was the meeting's or
     * the leader's, so nothing waits for the dispatch office between the two steps.
     */
    public boolean assignedAtOnce() {
        return this != REPORT;
    }

    public String labelKey() {
        return "ticket.source." + name();
    }
}
