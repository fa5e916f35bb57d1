package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketDeadline;

/**
 * What the escalation job does when a due time arrives: the yellow and red cards of each deadline (sign, first
 * feedback, resolve: a reminder to the department and a supervision notice), the lead-official and meeting rungs
 * (domain.md §3: red + 2 and red + 5 working days) once per round for the ticket as a whole, measured from the first
 * deadline it missed ({@link Ticket#firstWatched}) so that one late ticket is not escalated three times, and closing a
 * ticket whose reporter did not answer. The later rungs name the resolve deadline as theirs only for ordering and
 * for the events of the resolve deadline's ladder.
 */
public enum LadderStep {
    YELLOW(TicketCard.YELLOW, EscalationLevel.REMINDER, TicketDeadline.RESOLVE),
    RED(TicketCard.RED, EscalationLevel.SUPERVISION, TicketDeadline.RESOLVE),
    LEAD_OFFICIAL(null, EscalationLevel.LEAD_OFFICIAL, TicketDeadline.RESOLVE),
    MEETING(null, EscalationLevel.MEETING, TicketDeadline.RESOLVE),
    NO_RESPONSE(null, null, null),
    SIGN_YELLOW(TicketCard.YELLOW, EscalationLevel.REMINDER, TicketDeadline.SIGN),
    SIGN_RED(TicketCard.RED, EscalationLevel.SUPERVISION, TicketDeadline.SIGN),
    FEEDBACK_YELLOW(TicketCard.YELLOW, EscalationLevel.REMINDER, TicketDeadline.FEEDBACK),
    FEEDBACK_RED(TicketCard.RED, EscalationLevel.SUPERVISION, TicketDeadline.FEEDBACK);

    private final TicketCard card;
    private final EscalationLevel level;
    private final TicketDeadline deadline;

    LadderStep(TicketCard card, EscalationLevel level, TicketDeadline deadline) {
        this.card = card;
        this.level = level;
        this.deadline = deadline;
    }

    public TicketCard card() {
        return card;
    }

    public EscalationLevel level() {
        return level;
    }

    /** The deadline this step watches; null for the no-response close. */
    public TicketDeadline deadline() {
        return deadline;
    }

    /**
     * Whether the step is a rung after the red card (lead official, meeting): due a number of working days after the
     * first deadline the ticket missed, whichever it is, rather than after the deadline {@link #deadline} names.
     */
    public boolean afterRed() {
        return this == LEAD_OFFICIAL || this == MEETING;
    }

    /** The red card of the same deadline, for a yellow one: a yellow that comes after it is moot. */
    public LadderStep redOfSameDeadline() {
        return switch (this) {
            case YELLOW -> RED;
            case SIGN_YELLOW -> SIGN_RED;
            case FEEDBACK_YELLOW -> FEEDBACK_RED;
            default -> null;
        };
    }

    /**
     * Where the step stands on a ticket's ladder: by the deadline it concerns (sign, first feedback and resolve come in
     * that order), then yellow, red and the later rungs; the no-response close last.
     */
    public int rank() {
        return switch (this) {
            case SIGN_YELLOW -> 0;
            case SIGN_RED -> 1;
            case FEEDBACK_YELLOW -> 2;
            case FEEDBACK_RED -> 3;
            case YELLOW -> 4;
            case RED -> 5;
            case LEAD_OFFICIAL -> 6;
            case MEETING -> 7;
            case NO_RESPONSE -> 8;
        };
    }

    public static LadderStep yellow(TicketDeadline deadline) {
        return switch (deadline) {
            case SIGN -> SIGN_YELLOW;
            case FEEDBACK -> FEEDBACK_YELLOW;
            case RESOLVE -> YELLOW;
        };
    }

    public static LadderStep red(TicketDeadline deadline) {
        return switch (deadline) {
            case SIGN -> SIGN_RED;
            case FEEDBACK -> FEEDBACK_RED;
            case RESOLVE -> RED;
        };
    }
}
