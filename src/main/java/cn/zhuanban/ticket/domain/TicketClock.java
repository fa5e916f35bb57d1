package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
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
 * only those: a recount on a changed calendar, a rung of the ladder, a card lowered. Each set of deadlines is a new
 * round; the ladder's steps happen once per round. More time (an extension, a suspension) is {@link
 * TicketExtensions}', the rest of the life cycle {@link Ticket}'s. The rules that need none of the fields' bookkeeping
 * are apart: which deadline runs in which state ({@link WatchedDeadlines}), the date of a deadline ({@link Deadlines}).
 */
abstract class TicketClock extends TicketFacts {

    protected TicketState state;
    protected LocalDate assignedOn;
    protected LocalDate signBy;
    protected LocalDate feedbackBy;
    protected LocalDate resolveBy;
    /**
     * The current resolve deadline was typed by people (the office on assigning, a meeting, an approved extension),
     * not counted: a recount keeps it. Every step that sets the resolve date sets this flag with it.
     */
    protected boolean resolveDateChosen;

    protected LocalDate ratingBy;
    /** The lead department's first feedback (a note or the resolution) of the current assignment. */
    protected Instant firstFeedbackAt;
    /** When the current deadlines were counted on the calendar (see {@link DeadlineRecount}); null before. */
    protected Instant deadlinesCountedAt;
    /** The calendar revision they were counted on; null when counted before revisions were stamped. */
    protected Long deadlinesRevision;

    protected int deadlineRound;
    protected LocalDate resolvedOn;
    protected Boolean resolvedOnTime;
    protected Integer resolveWorkingDays;
    protected TicketCard card = TicketCard.NONE;
    protected EscalationLevel escalationLevel = EscalationLevel.NONE;

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

    /**
     * Refuses (409) a move the ticket's state does not allow, before anything of the move's input is read: a move on
     * a merged or closed ticket is refused as such, whatever its body lacks.
     */
    public void requireStateAllows(TicketMove move) {
        require(move, null);
    }

    /** Closed, merged or rejected: no move is left, for anyone. */
    public boolean ended() {
        return MovesByState.of(state).isEmpty();
    }

    protected void require(TicketMove move, String rule) {
        if (!MovesByState.of(state).contains(move)) {
            // a closed, merged or rejected ticket takes no move at all: said so, not as one move the state refuses
            throw TicketRefusal.of(state, move, ended() ? "ended" : null);
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

    /**
     * The deadline the ladder's later rungs (lead official, meeting) are measured from: of those still watched, the one
     * that falls first, which is the first to be missed (sign, first feedback and resolve as set by the rules fall in
     * that order; imported or partly set deadlines may not, {@link WatchedDeadlines#next}). A ticket overdue on
     * signing is overdue: domain.md §3 counts red + 2 and red + 5 working days from the day it became overdue,
     * whichever deadline it missed. Null when none is watched.
     */
    public TicketDeadline firstWatched() {
        return WatchedDeadlines.next(state, deadlines(), firstFeedbackAt != null);
    }

    /**
     * How many working days late the ticket is on {@code day}, from the first deadline it missed, the one the ladder's
     * later rungs count from ({@link WatchedDeadlines#workingDaysOverdue}): what 已超期 N 个工作日 says of it.
     */
    public int workingDaysOverdue(LocalDate day, WorkingCalendar calendar) {
        return WatchedDeadlines.workingDaysOverdue(state, deadlines(), firstFeedbackAt != null, day, calendar);
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
        boolean watched =
                step.afterRed() ? firstWatched() != null : step.deadline() != null && watches(step.deadline());
        if (!watched) {
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

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public LocalDate getSignBy() {
        return signBy;
    }

    public LocalDate getFeedbackBy() {
        return feedbackBy;
    }

    public boolean isResolveDateChosen() {
        return resolveDateChosen;
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

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    /** The day of the current round's resolution when it came after the resolve deadline, else null. */
    public LocalDate lateResolutionOn() {
        return WatchedDeadlines.resolvedLate(state, resolveBy, resolvedOn) ? resolvedOn : null;
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
