package cn.zhuanban.ticket.domain;

import static cn.zhuanban.ticket.TicketState.*;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketClosure;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketRating;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The end of a round of work: the office's review, the reporter's rating (and the one reopening it may bring) and the
 * closing. Apart from {@link Ticket}, whose other moves close a ticket too ({@link #closedAt}: merged, rejected).
 */
abstract class TicketFeedback extends TicketDepartments {

    protected int reopenCount;
    protected TicketRating rating;
    protected TicketClosure closure;
    protected Instant closedAt;

    /**
     * The office's review: passed, or sent back with what is missing. The answer must be given: a review left without
     * one is the user's to complete (a field error), not a pass (domain.md §3: every move's required input).
     */
    public Step review(Boolean passed, String reason, LocalDate ratingDeadline) {
        require(TicketMove.REVIEW, null);
        requireInput("passed", passed);
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
            boolean keepsDate = resolveBy != null && resolveBy.isAfter(reopened.resolveBy());
            resolveDateChosen = resolveDateChosen && keepsDate;
            reschedule(keepsDate ? reopened.resolvingBy(resolveBy, today) : reopened);
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

    protected Step close(TicketClosure how, String action, String reason, Instant now) {
        closure = how;
        closedAt = now;
        return move(action, CLOSED, reason);
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public TicketRating getRating() {
        return rating;
    }

    public TicketClosure getClosure() {
        return closure;
    }
}
