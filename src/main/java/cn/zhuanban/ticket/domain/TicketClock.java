package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketState;
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
     * Takes a rung of the ladder; returns false when there is nothing to do (the clock stopped,
     * or a yellow card arrives after the red one).
     */
    public boolean climb(LadderStep step) {
        if (!clockRunning() || step == LadderStep.NO_RESPONSE) {
            return false;
        }
        if (step.card() != null) {
            if (card.compareTo(step.card()) >= 0) {
                return false;
            }
            card = step.card();
        }
        if (escalationLevel.compareTo(step.level()) < 0) {
            escalationLevel = step.level();
        }
        return true;
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
