package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingDaysChanged;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The ticket's state, its deadlines and how far up the escalation ladder it has climbed, with the moves that change
 * only those: extensions, suspension and resumption, a recount on a changed calendar. Each set of deadlines is a new
 * round; the ladder's steps happen once per round. The rest of the life cycle is {@link Ticket}'s. The rules that need
 * none of the fields' bookkeeping are apart: when an extension may be asked ({@link ExtensionRules}), which deadline
 * runs in which state ({@link WatchedDeadlines}), the date of a deadline ({@link Deadlines}).
 */
abstract class TicketClock extends TicketFacts {

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
    /** The calendar revision they were counted on; null when counted before revisions were stamped. */
    protected Long deadlinesRevision;

    protected int deadlineRound;
    protected int extensions;
    protected LocalDate extensionUntil;
    protected String extensionReason;
    protected LocalDate resolvedOn;
    protected Boolean resolvedOnTime;
    protected Integer resolveWorkingDays;
    protected TicketCard card = TicketCard.NONE;
    protected EscalationLevel escalationLevel = EscalationLevel.NONE;

    public Step requestExtension(LocalDate until, String reason) {
        require(TicketMove.REQUEST_EXTENSION, ExtensionRules.requestRefused(extensionUntil, extensions));
        requireInput("newDate", until);
        requireInput("reason", reason);
        require(TicketMove.REQUEST_EXTENSION, ExtensionRules.dateRefused(until, resolveBy));
        extensionUntil = until;
        extensionReason = reason;
        return step("ticket.extension-requested", state, state, until + " " + reason);
    }

    /**
     * No request waiting is refused as such in any state, before the state is: a request that lapsed with the
     * resolution ({@link #lapseExtension}) is then answered "there is none to decide (any more)", not only "not in
     * this state", and a suspended ticket's request waits for the resumption.
     */
    public Step decideExtension(boolean approved, String reason) {
        if (extensionUntil == null) {
            throw TicketRefusal.of(state, TicketMove.DECIDE_EXTENSION, "no-extension-pending");
        }
        require(TicketMove.DECIDE_EXTENSION, null);
        LocalDate asked = extensionUntil;
        if (approved) {
            extensions++;
            reschedule(new Deadlines(signBy, feedbackBy, asked));
        }
        extensionUntil = null;
        extensionReason = null;
        return step("ticket.extension-decided", state, state, asked + (reason == null ? "" : " " + reason))
                .withResult(approved ? ExtensionDecision.APPROVED : ExtensionDecision.REFUSED);
    }

    /**
     * A request still waiting for the office's answer ends with the work it asked more time for: a resolved ticket has
     * no resolve deadline left to move, and an answer given later (after a send-back or a reopening, say) would move
     * one nobody asked to move then. Recorded as a step of its own, so that the timeline and the audit log say the
     * request lapsed unanswered; null when none was waiting. A suspension keeps the request: the work goes on after it.
     */
    protected Step lapseExtension() {
        if (extensionUntil == null) {
            return null;
        }
        String asked = extensionUntil + (extensionReason == null ? "" : " " + extensionReason);
        extensionUntil = null;
        extensionReason = null;
        return step("ticket.extension-lapsed", state, state, asked);
    }

    public Step suspend(String reason, LocalDate today) {
        require(TicketMove.SUSPEND, null);
        requireInput("reason", reason);
        suspendedFrom = state;
        suspendedOn = today;
        return move("ticket.suspended", TicketState.SUSPENDED, reason);
    }

    /** Back to the state before the suspension, the deadlines moved later by the time it lasted. */
    public Step resume(String reason, Deadlines shifted) {
        require(TicketMove.RESUME, null);
        TicketState back = suspendedFrom;
        suspendedFrom = null;
        suspendedOn = null;
        if (shifted != null) {
            reschedule(shifted);
        }
        return move("ticket.resumed", back, reason);
    }

    /**
     * The same deadlines counted again on a changed calendar ({@link DeadlineRecount}), now counted with the change
     * of {@code revision}. Not a new round: steps of the ladder already taken are not repeated, and the card stays
     * unless {@link #lowerCard} follows.
     */
    public Step recount(Deadlines recounted, Instant now, Long revision) {
        signBy = recounted.signBy();
        feedbackBy = recounted.feedbackBy();
        resolveBy = recounted.resolveBy();
        deadlinesCounted(now, revision);
        return step("ticket.deadlines-recounted", state, state, null);
    }

    /**
     * The assignment dated back to {@code on}, the day it was in fact made (a meeting's action recorded after the
     * meeting), with {@code counted}, its deadlines counted from that day. Not a new round. Only while the ticket waits
     * to be signed and has no card: once the department acted or the ladder started, they were measured against the
     * deadlines the ticket had then.
     */
    public void assignedEarlier(LocalDate on, Deadlines counted, Instant now, Long revision) {
        if (state != TicketState.ASSIGNED || card != TicketCard.NONE || assignedOn == null || on.isAfter(assignedOn)) {
            throw new IllegalStateException("ticket " + id + " cannot be dated back to " + on);
        }
        assignedOn = on;
        signBy = counted.signBy();
        feedbackBy = counted.feedbackBy();
        resolveBy = counted.resolveBy();
        deadlinesCounted(now, revision);
    }

    /**
     * Whether the current deadlines were counted with the change already, so that recounting them would count it
     * twice: counted on its revision or a later one. Deadlines stamped only with a time (before revisions were
     * stamped), or a change stored without its revision, fall back to comparing the times.
     */
    public boolean countedWith(WorkingDaysChanged change) {
        if (deadlinesRevision != null) {
            return change.revision() == null || deadlinesRevision >= change.revision();
        }
        return deadlinesCountedAt != null && !deadlinesCountedAt.isBefore(change.changedAt());
    }

    /**
     * After a recount moved the deadlines later, the card follows them down to {@code kept} ({@link RecountedCard}):
     * a red card of a deadline that is no longer overdue is withdrawn, or lowered to yellow when one working day
     * remains. A new round, as after an extension: the job raises the card again when a moved deadline comes near or
     * passes, and each rung of the ladder may be taken again for the moved date (steps of a date that did not move are
     * not repeated, see {@link DueIndex#markTaken}). The escalation level reached stays: the reminder, the supervision
     * notice or the lead official's escalation did happen, the lead official or the meeting has taken the ticket up,
     * and the metrics count it. Null when the card stands.
     */
    public Step lowerCard(TicketCard kept) {
        if (card.compareTo(kept) <= 0) {
            return null;
        }
        TicketCard was = card;
        card = kept;
        deadlineRound++;
        return step(
                kept == TicketCard.NONE ? "ticket.card-withdrawn" : "ticket.card-lowered",
                state,
                state,
                was + " → " + kept);
    }

    protected void require(TicketMove move, String rule) {
        if (!MovesByState.of(state).contains(move)) {
            throw TicketRefusal.of(state, move, null);
        }
        if (rule != null) {
            throw TicketRefusal.of(state, move, rule);
        }
    }

    /**
     * A required input left out (blank counts as left out) is the user's to fill in, not a move the state refuses:
     * checked after the state (409), it answers 400 naming the field, which the form shows beside its input.
     */
    protected static void requireInput(String field, Object value) {
        if (value == null) {
            throw BusinessException.invalid(field, "ticket.required." + field);
        }
    }

    protected Step move(String action, TicketState to, String reason) {
        TicketState from = state;
        state = to;
        return step(action, from, to, reason);
    }

    /** Records a move as the next step of the ticket's timeline. */
    protected abstract Step step(String action, TicketState from, TicketState to, String reason);

    protected void reschedule(Deadlines deadlines) {
        signBy = deadlines.signBy();
        feedbackBy = deadlines.feedbackBy();
        resolveBy = deadlines.resolveBy();
        deadlineRound++;
        card = TicketCard.NONE;
    }

    /** Whether the resolve deadline is running ({@link WatchedDeadlines#running}). */
    public boolean clockRunning() {
        return WatchedDeadlines.running(state);
    }

    /** Whether the escalation job watches this deadline now ({@link WatchedDeadlines#watches}). */
    public boolean watches(TicketDeadline deadline) {
        return WatchedDeadlines.watches(deadline, state, deadlines(), firstFeedbackAt != null);
    }

    /** The date of a deadline of the current assignment, null before the assignment. */
    public LocalDate deadline(TicketDeadline deadline) {
        return deadlines().of(deadline);
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

    /**
     * Marks the current deadlines as counted at {@code at} on the calendar of {@code revision} (null: a recount for a
     * change stored without its revision, which only the time tells).
     */
    public void deadlinesCounted(Instant at, Long revision) {
        deadlinesCountedAt = at;
        deadlinesRevision = revision;
    }

    public Long getDeadlinesRevision() {
        return deadlinesRevision;
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
