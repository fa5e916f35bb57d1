package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The ticket's state, its deadlines and how far up the escalation ladder it has climbed. Each set
 * of deadlines is a new round; the ladder's steps happen once per round.
 */
abstract class TicketClock {

    static final int MAX_EXTENSIONS = 2;

    protected TicketState state;
    protected TicketState suspendedFrom;
    protected LocalDate suspendedOn;
    protected LocalDate assignedOn;
    protected LocalDate signBy;
    protected LocalDate feedbackBy;
    protected LocalDate resolveBy;
    protected LocalDate ratingBy;
    /** The lead department's first feedback (a note or the resolution) of the current assignment. */
    protected Instant firstFeedbackAt;
    /** When the current deadlines were counted on the calendar (see {@link DeadlineRecount}); null before. */
    protected Instant deadlinesCountedAt;

    protected int deadlineRound;
    protected int extensions;
    protected LocalDate extensionUntil;
    protected String extensionReason;
    protected LocalDate resolvedOn;
    protected Boolean resolvedOnTime;
    protected Integer resolveWorkingDays;
    protected TicketCard card = TicketCard.NONE;
    protected EscalationLevel escalationLevel = EscalationLevel.NONE;

    protected void reschedule(Deadlines deadlines) {
        signBy = deadlines.signBy();
        feedbackBy = deadlines.feedbackBy();
        resolveBy = deadlines.resolveBy();
        deadlineRound++;
        card = TicketCard.NONE;
    }

    /** Whether the resolve deadline is running: assigned to a department and not yet resolved. */
    public boolean clockRunning() {
        return state == TicketState.ASSIGNED
                || state == TicketState.RETURN_REQUESTED
                || state == TicketState.IN_PROGRESS;
    }

    /**
     * Whether the escalation job watches this deadline now: the sign deadline until the lead
     * department signs, the first-feedback deadline until its first note or resolution, the
     * resolve deadline until it resolves; none while suspended or waiting for a return decision
     * (except resolve, which keeps running while a return is requested).
     */
    public boolean watches(TicketDeadline deadline) {
        return switch (deadline) {
            case SIGN -> state == TicketState.ASSIGNED && signBy != null;
            case FEEDBACK -> clockRunning() && firstFeedbackAt == null && feedbackBy != null;
            case RESOLVE -> clockRunning() && resolveBy != null;
        };
    }

    /** The date of a deadline of the current assignment, null before the assignment. */
    public LocalDate deadline(TicketDeadline deadline) {
        return switch (deadline) {
            case SIGN -> signBy;
            case FEEDBACK -> feedbackBy;
            case RESOLVE -> resolveBy;
        };
    }

    /**
     * Takes a rung of the ladder; returns false when there is nothing to do (the deadline is not
     * watched any more: signed, answered, resolved, suspended). The card only ever rises within a
     * round: a yellow of the resolve deadline on a ticket that is red for not signing stays red.
     */
    public boolean climb(LadderStep step) {
        if (step.deadline() == null || !watches(step.deadline())) {
            return false;
        }
        if (step.card() != null && card.compareTo(step.card()) < 0) {
            card = step.card();
        }
        if (escalationLevel.compareTo(step.level()) < 0) {
            escalationLevel = step.level();
        }
        return true;
    }

    /** Marks the current deadlines as counted on the calendar as it is at {@code at}. */
    public void deadlinesCounted(Instant at) {
        deadlinesCountedAt = at;
    }

    public Instant getDeadlinesCountedAt() {
        return deadlinesCountedAt;
    }

    public Instant getFirstFeedbackAt() {
        return firstFeedbackAt;
    }

    public TicketState getState() {
        return state;
    }

    public LocalDate getSuspendedOn() {
        return suspendedOn;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public LocalDate getSignBy() {
        return signBy;
    }

    public LocalDate getFeedbackBy() {
        return feedbackBy;
    }

    public LocalDate getResolveBy() {
        return resolveBy;
    }

    public LocalDate getRatingBy() {
        return ratingBy;
    }

    public int getDeadlineRound() {
        return deadlineRound;
    }

    public int getExtensions() {
        return extensions;
    }

    public LocalDate getExtensionUntil() {
        return extensionUntil;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public Boolean getResolvedOnTime() {
        return resolvedOnTime;
    }

    public TicketCard getCard() {
        return card;
    }

    public EscalationLevel getEscalationLevel() {
        return escalationLevel;
    }

    public Deadlines deadlines() {
        return new Deadlines(signBy, feedbackBy, resolveBy);
    }
}
