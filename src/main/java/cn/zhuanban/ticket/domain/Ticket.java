package cn.zhuanban.ticket.domain;

import static cn.zhuanban.ticket.TicketState.*;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketClosure;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketOutcome;
import cn.zhuanban.ticket.TicketRating;
import cn.zhuanban.ticket.TicketSeverity;
import cn.zhuanban.ticket.TicketState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A problem ticket and its life cycle (domain.md §3). Every move checks the state and the rules
 * (one return per assignment, two extensions, one reopening) and returns the {@link Step} to
 * record; there is no setter that skips a rule. Escalation bookkeeping lives in {@link TicketClock}, what was reported
 * and the row's bookkeeping in {@link TicketFacts}.
 */
@Table("ticket")
public class Ticket extends TicketClock {

    private Long departmentId;

    @MappedCollection(idColumn = "ticket")
    private Set<CoDepartment> coDepartments = new HashSet<>();

    private boolean returnBlocked;
    private int returnCount;
    private int reopenCount;
    private TicketOutcome outcome;
    private String resolution;
    private TicketRating rating;
    private TicketClosure closure;
    private Instant closedAt;
    private Long mergedIntoId;
    private String rejectionProposal;

    /**
     * Whether {@link #rejectionProposal} is set, kept beside it as a column of its own: the to-do counts
     * "to assign" and "to confirm the rejection" then come from an index (state, this flag) instead of
     * reading every REPORTED ticket's row for its proposal text.
     */
    private boolean rejectionProposed;

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
            Instant now,
            LocalDate today) {
        Ticket t = new Ticket();
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
        if (returnBlocked) {
            moves.remove(TicketMove.REQUEST_RETURN);
        }
        if (ExtensionRules.requestRefused(extensionUntil, extensions) != null) {
            moves.remove(TicketMove.REQUEST_EXTENSION);
        }
        if (extensionUntil == null) {
            moves.remove(TicketMove.DECIDE_EXTENSION);
        }
        return moves;
    }

    public Step assign(long department, Collection<Long> coDepartmentIds, Deadlines deadlines, LocalDate today) {
        require(TicketMove.ASSIGN, null);
        return assignTo(department, coDepartmentIds, deadlines, today, "ticket.assigned");
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

    /**
     * Not accepted as unreasonable (不合理诉求): the dispatch office proposes it with a reason, the
     * lead official confirms it; the proposal keeps the ticket REPORTED until then.
     */
    public Step reject(String reason, Instant now) {
        if (rejectionProposal == null) {
            require(TicketMove.REJECT, null);
            requireInput("reason", reason);
            rejectionProposal = reason;
            rejectionProposed = true;
            return step("ticket.rejection-proposed", state, state, reason);
        }
        require(TicketMove.REJECT, null);
        closedAt = now;
        String proposed = rejectionProposal;
        rejectionProposal = null;
        rejectionProposed = false;
        return move("ticket.rejected", REJECTED, reason == null ? proposed : reason);
    }

    public boolean rejectionPending() {
        return rejectionProposal != null;
    }

    public String getRejectionProposal() {
        return rejectionProposal;
    }

    public Step sign(Instant now) {
        require(TicketMove.SIGN, null);
        return move("ticket.signed", IN_PROGRESS, null);
    }

    public Step requestReturn(String reason) {
        require(TicketMove.REQUEST_RETURN, returnBlocked ? "return-insisted" : null);
        requireInput("reason", reason);
        returnCount++;
        return move("ticket.return-requested", RETURN_REQUESTED, reason);
    }

    public Step reassign(
            long department, Collection<Long> coDepartmentIds, Deadlines deadlines, LocalDate today, String reason) {
        require(TicketMove.REASSIGN, Long.valueOf(department).equals(departmentId) ? "reassign-same" : null);
        Step step = assignTo(department, coDepartmentIds, deadlines, today, "ticket.reassigned");
        return new Step(step.number(), step.action(), step.from(), step.to(), reason);
    }

    public Step insist(String reason) {
        require(TicketMove.INSIST, null);
        returnBlocked = true;
        return move("ticket.insisted", ASSIGNED, reason);
    }

    public Step note(String text, boolean byLeadDepartment, Instant now) {
        require(TicketMove.NOTE, null);
        requireInput("reason", text);
        if (byLeadDepartment && firstFeedbackAt == null) {
            firstFeedbackAt = now;
        }
        return step("ticket.noted", state, state, text);
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

    public Step review(boolean passed, String reason, LocalDate ratingDeadline) {
        require(TicketMove.REVIEW, null);
        if (!passed) {
            requireInput("reason", reason); // sending back says what is missing
        }
        if (passed) {
            ratingBy = ratingDeadline;
            return move("ticket.review-passed", AWAITING_FEEDBACK, reason);
        }
        return move("ticket.sent-back", IN_PROGRESS, reason);
    }

    /**
     * The reporter's rating; dissatisfied, which must say why, reopens once, the second time closes. A reopening is a
     * new round of work for the same department, counted like an assignment from the day it reopens ({@code reopened}:
     * first feedback and resolve afresh); a resolve deadline in force that is later still, a date the office chose or
     * approved (an extension, a meeting's deadline), stays: only the office decides extensions, and a reopening revokes
     * none. The rating deadline belonged to the finished round and goes with it.
     */
    public Step rate(TicketRating answer, String comment, Deadlines reopened, LocalDate today, Instant now) {
        require(TicketMove.FEEDBACK, null);
        requireInput("rating", answer);
        if (!answer.satisfied() && comment == null) {
            // what was not solved is what the department works on when it reopens, or the lead official when it closes
            throw BusinessException.invalid("reason", "ticket.required.dissatisfied-reason");
        }
        rating = answer;
        if (answer.satisfied()) {
            return close(TicketClosure.RATED, "ticket.rated", comment, now).withResult(answer);
        }
        if (reopenCount == 0) {
            reopenCount++;
            assignedOn = today;
            firstFeedbackAt = null;
            ratingBy = null;
            reschedule(
                    resolveBy != null && resolveBy.isAfter(reopened.resolveBy())
                            ? reopened.resolvingBy(resolveBy, today)
                            : reopened);
            return move("ticket.reopened", IN_PROGRESS, comment).withResult(answer);
        }
        escalationLevel = EscalationLevel.LEAD_OFFICIAL;
        return close(TicketClosure.DISSATISFIED_ESCALATED, "ticket.rated", comment, now)
                .withResult(answer);
    }

    /** The reporter did not answer within the rating deadline. */
    public Step closeNoResponse(Instant now) {
        if (state != AWAITING_FEEDBACK) {
            throw TicketRefusal.of(state, TicketMove.FEEDBACK, null);
        }
        return close(TicketClosure.NO_RESPONSE, "ticket.closed-no-response", null, now);
    }

    private Step assignTo(long department, Collection<Long> co, Deadlines deadlines, LocalDate today, String action) {
        rejectionProposal = null;
        rejectionProposed = false;
        departmentId = department;
        coDepartments = new HashSet<>();
        co.stream().filter(d -> d != department).distinct().forEach(d -> coDepartments.add(new CoDepartment(d)));
        assignedOn = today;
        firstFeedbackAt = null;
        returnBlocked = false;
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

    private Step close(TicketClosure how, String action, String reason, Instant now) {
        closure = how;
        closedAt = now;
        return move(action, CLOSED, reason);
    }

    @Override
    protected Step step(String action, TicketState from, TicketState to, String reason) {
        stepCount++;
        return new Step(stepCount, action, from, to, reason);
    }

    public boolean involves(Long department) {
        return department != null
                && (department.equals(departmentId)
                        || coDepartments.stream().anyMatch(c -> department.equals(c.departmentId())));
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Set<Long> getCoDepartmentIds() {
        return coDepartments.stream().map(CoDepartment::departmentId).collect(java.util.stream.Collectors.toSet());
    }

    public int getReturnCount() {
        return returnCount;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public TicketOutcome getOutcome() {
        return outcome;
    }

    public TicketRating getRating() {
        return rating;
    }

    public TicketClosure getClosure() {
        return closure;
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

    public boolean isReturnBlocked() {
        return returnBlocked;
    }
}
