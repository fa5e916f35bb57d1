package cn.zhuanban.ticket.domain;

import static cn.zhuanban.ticket.TicketState.*;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketClosure;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketOutcome;
import cn.zhuanban.ticket.TicketSeverity;
import cn.zhuanban.ticket.TicketSource;
import cn.zhuanban.ticket.TicketState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A problem ticket and its life cycle (domain.md §3). Every move checks the state and the rules
 * (one return per assignment, two extensions, one reopening) and returns the {@link Step} to
 * record; there is no setter that skips a rule. Its state is spread over the classes it extends, one use case each: the
 * proposed rejection (不合理诉求) in {@link TicketRejection}, the review, rating and closing in {@link TicketFeedback},
 * the departments in {@link TicketDepartments}, extensions and suspensions in {@link TicketExtensions}, escalation
 * bookkeeping in {@link TicketClock}, what was reported and the row's bookkeeping in {@link TicketFacts}.
 */
@Table("ticket")
public class Ticket extends TicketRejection {

    private TicketOutcome outcome;
    private String resolution;
    private Long mergedIntoId;

    private int stepCount;

    /**
     * The step of the extension request that the last move ended ({@link #lapseExtension}), recorded before that
     * move's own step; null when it ended none. Not stored: it only carries the step to the recorder.
     */
    @Transient
    private Step lapsedExtension;

    public static Ticket report(
            long projectId,
            TicketCategory category,
            TicketSeverity severity,
            String title,
            String description,
            long reporterId,
            TicketSource source,
            Instant now,
            LocalDate today) {
        Ticket t = new Ticket();
        t.source = source.name();
        t.projectId = projectId;
        t.category = category;
        t.severity = severity;
        t.title = title.strip();
        t.description = description.strip();
        t.reporterId = reporterId;
        t.state = REPORTED;
        t.reportedMonth = today.toString().substring(0, 7);
        t.createdAt = now;
        t.updatedAt = now;
        return t;
    }

    public Step reported() {
        return step("ticket.reported", null, REPORTED, null);
    }

    /** The moves the state and the rules allow now (the user's role is checked by the service). */
    public Set<TicketMove> allowedMoves() {
        Set<TicketMove> moves = MovesByState.of(state);
        moves.removeAll(movesRuledOut().keySet());
        if (extensionUntil == null) {
            moves.remove(TicketMove.DECIDE_EXTENSION);
        }
        if (!rejectionPending()) {
            moves.remove(TicketMove.DECLINE_REJECTION);
        }
        return moves;
    }

    /**
     * Moves the state allows but a rule refuses now, with the key of the rule ({@code ticket.refused.<rule>}): the
     * page says why in the form's place (a form that just vanished after the second extension left the department
     * guessing). An office with no extension to decide is not among them: nothing is refused there, nothing waits.
     */
    public Map<TicketMove, String> movesRuledOut() {
        return MovesByState.ruledOut(state, returnBlocked, ExtensionRules.requestRefused(extensionUntil, extensions));
    }

    /**
     * The version the user's page showed must be the ticket's. When it is not and the move is no longer allowed at
     * all, the refusal says why (the state, the extension limit reached), which a mere "changed meanwhile" hid; a move
     * still allowed is refused as changed meanwhile, in words that do not presume someone else changed it (the same
     * user in a second window does too).
     */
    public void expectVersion(Integer expected, TicketMove move) {
        if (expected == null || expected == version) {
            return;
        }
        require(move, movesRuledOut().get(move));
        if (move == TicketMove.DECIDE_EXTENSION && extensionUntil == null) {
            throw TicketRefusal.of(state, move, "no-extension-pending");
        }
        if (move == TicketMove.DECLINE_REJECTION && !rejectionPending()) {
            throw TicketRefusal.of(state, move, "no-rejection-pending");
        }
        throw new ChangedMeanwhile("ticket " + id, version, "ticket.changed-meanwhile");
    }

    public Step assign(long department, Collection<Long> coDepartmentIds, Deadlines deadlines, LocalDate today) {
        return assign(department, coDepartmentIds, deadlines, today, null);
    }

    /** An assignment with the office's note to the department (交办意见), kept with its step like a reassignment's. */
    public Step assign(
            long department, Collection<Long> coDepartmentIds, Deadlines deadlines, LocalDate today, String reason) {
        require(TicketMove.ASSIGN, null);
        Step step = assignTo(department, coDepartmentIds, deadlines, today, "ticket.assigned");
        return new Step(step.number(), step.action(), step.from(), step.to(), reason);
    }

    /**
     * The assignment's resolve deadline was typed by the office (or a meeting): a recount on a changed calendar keeps
     * it. An assignment without one clears the flag ({@link #assignTo}), whatever set it before.
     */
    public void chooseResolveDate() {
        resolveDateChosen = true;
    }

    /**
     * The severity the dispatch office gave the ticket on assigning it (the deadlines were counted with its terms);
     * returns the assignment's step with the severity as its result.
     */
    public Step classify(TicketSeverity given, Step assignment) {
        severity = given;
        return assignment.withResult(given);
    }

    public Step merge(long intoTicketId, String reason, Instant now) {
        require(TicketMove.MERGE, null);
        mergedIntoId = intoTicketId;
        closedAt = now;
        return move("ticket.merged", MERGED, reason);
    }

    public Step resolveOnTheSpot(String explanation, LocalDate today) {
        return resolveOnTheSpot(null, explanation, today);
    }

    /**
     * Resolved by the dispatch office without assigning it, with the outcome given (asked as {@code resolve}, the
     * contract's body) or, not given (asked by the alias {@code resolve-on-the-spot}), solved.
     */
    public Step resolveOnTheSpot(TicketOutcome result, String explanation, LocalDate today) {
        require(TicketMove.RESOLVE_ON_THE_SPOT, null);
        requireInput("reason", explanation);
        markResolved(result == null ? TicketOutcome.SOLVED : result, explanation, today, true, 0);
        Step step = move("ticket.resolved-on-the-spot", RESOLVED, explanation);
        return result == null ? step : step.withResult(result);
    }

    public Step sign(Instant now) {
        require(TicketMove.SIGN, null);
        return move("ticket.signed", IN_PROGRESS, null);
    }

    public Step reassign(
            long department, Collection<Long> coDepartmentIds, Deadlines deadlines, LocalDate today, String reason) {
        require(TicketMove.REASSIGN, Long.valueOf(department).equals(departmentId) ? "reassign-same" : null);
        Step step = assignTo(department, coDepartmentIds, deadlines, today, "ticket.reassigned");
        return new Step(step.number(), step.action(), step.from(), step.to(), reason);
    }

    /**
     * A note; the lead department's first counts as its first feedback. The lead department reports progress once it
     * has signed (domain §3: progress notes belong to {@code IN_PROGRESS}): before, it signs or asks to return.
     */
    public Step note(String text, boolean byLeadDepartment, Instant now) {
        require(TicketMove.NOTE, byLeadDepartment && awaitsSignature() ? "note-before-sign" : null);
        requireInput("reason", text);
        if (byLeadDepartment && firstFeedbackAt == null) {
            firstFeedbackAt = now;
        }
        return step("ticket.noted", state, state, text);
    }

    /**
     * A leader's instruction (领导批示) on the ticket as it stands: a step of the timeline that changes no state, on an
     * open ticket only (an ended one has nobody left to carry it out).
     */
    public Step instructed(String text) {
        if (!awaitsLeadOfficial()
                && (state == TicketState.CLOSED || state == TicketState.MERGED || state == TicketState.REJECTED)) {
            throw BusinessException.invalid("content", "ticket.instruction.ended");
        }
        requireInput("content", text);
        return step("ticket.instructed", state, state, text);
    }

    /**
     * Closed by the reporter's second dissatisfaction and so escalated to the lead official: closed, yet his instruction
     * (批示, how it is to be handled) is still to come, and is recorded on it as on an open ticket; further work he
     * orders is a new instruction's ticket, since this one's closing stands (closed is not solved, and is counted so).
     */
    public boolean awaitsLeadOfficial() {
        return state == TicketState.CLOSED && closure == TicketClosure.DISSATISFIED_ESCALATED;
    }

    /** Assigned and not signed yet: waiting for the lead department to sign it or ask to return it. */
    public boolean awaitsSignature() {
        return state == ASSIGNED || state == RETURN_REQUESTED;
    }

    public Step resolve(TicketOutcome result, String explanation, LocalDate today, int workingDaysTaken, Instant now) {
        require(TicketMove.RESOLVE, null);
        requireInput("outcome", result);
        requireInput("reason", explanation);
        if (firstFeedbackAt == null) {
            firstFeedbackAt = now;
        }
        lapsedExtension = lapseExtension();
        markResolved(result, explanation, today, !today.isAfter(resolveBy), workingDaysTaken);
        return move("ticket.resolved", RESOLVED, explanation).withResult(result);
    }

    private Step assignTo(long department, Collection<Long> co, Deadlines deadlines, LocalDate today, String action) {
        withdrawRejectionProposal();
        sendTo(department, co);
        assignedOn = today;
        firstFeedbackAt = null;
        resolveDateChosen = false;
        reschedule(deadlines);
        return move(action, ASSIGNED, null);
    }

    private void markResolved(TicketOutcome result, String explanation, LocalDate today, boolean onTime, int days) {
        outcome = result;
        resolution = explanation;
        resolvedOn = today;
        resolvedOnTime = onTime;
        resolveWorkingDays = days;
    }

    @Override
    protected Step step(String action, TicketState from, TicketState to, String reason) {
        stepCount++;
        return new Step(stepCount, action, from, to, reason);
    }

    public TicketOutcome getOutcome() {
        return outcome;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    /** The step of the extension request that the last move ended, to record before the move's own; null if none. */
    public Step lapsedExtension() {
        return lapsedExtension;
    }

    public int getStepCount() {
        return stepCount;
    }
}
