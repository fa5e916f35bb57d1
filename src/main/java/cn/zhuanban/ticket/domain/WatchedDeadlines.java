package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.WorkingDaysLeft;
import java.time.LocalDate;

/**
 * Which of a ticket's deadlines run in which state: the rule the escalation job, the due index and the ticket's page
 * share through {@link TicketClock#watches} and {@link TicketClock#clockRunning}.
 */
final class WatchedDeadlines {

    private WatchedDeadlines() {}

    /** Whether the resolve deadline is running: assigned to a department and not yet resolved. */
    static boolean running(TicketState state) {
        return state == TicketState.ASSIGNED
                || state == TicketState.RETURN_REQUESTED
                || state == TicketState.IN_PROGRESS;
    }

    /**
     * Whether the escalation job watches this deadline now: the sign deadline until the lead
     * department signs, the first-feedback deadline until its first note or resolution ({@code answered}), the
     * resolve deadline until it resolves; none while suspended or waiting for a return decision
     * (except resolve, which keeps running while a return is requested).
     */
    static boolean watches(TicketDeadline deadline, TicketState state, Deadlines deadlines, boolean answered) {
        return switch (deadline) {
            case SIGN -> state == TicketState.ASSIGNED && deadlines.signBy() != null;
            case FEEDBACK -> running(state) && !answered && deadlines.feedbackBy() != null;
            case RESOLVE -> running(state) && deadlines.resolveBy() != null;
        };
    }

    /**
     * Whether the resolution of the current round came after its resolve deadline: the ticket is resolved (and
     * reviewed, rated, closed) and has not been reopened since, which would have begun a round with a new deadline.
     * Lists and the ticket's page then say 逾期完成 of the resolve deadline instead of 已完成.
     */
    static boolean resolvedLate(TicketState state, LocalDate resolveBy, LocalDate resolvedOn) {
        boolean resolutionStands =
                state == TicketState.RESOLVED || state == TicketState.AWAITING_FEEDBACK || state == TicketState.CLOSED;
        return resolutionStands && resolveBy != null && resolvedOn != null && resolvedOn.isAfter(resolveBy);
    }

    /**
     * The deadline the department is to meet next: the first still watched of sign, first feedback and resolve (each
     * falls no later than the next), null when none is. Lists count it down and name it, as the page does.
     */
    static TicketDeadline next(TicketState state, Deadlines deadlines, boolean answered) {
        for (TicketDeadline deadline : TicketDeadline.values()) {
            if (watches(deadline, state, deadlines, answered)) {
                return deadline;
            }
        }
        return null;
    }

    /**
     * How many working days late the ticket is on {@code day} ({@link WorkingDaysLeft#late}), counted from the first
     * deadline it missed: the first still watched ({@link #next}), from which the ladder's later rungs count too (a
     * ticket never signed is late from its sign deadline, not from its resolve deadline a week later). 0 when none is
     * watched (suspended, awaiting a decision, resolved) or the first watched has not passed.
     */
    static int workingDaysOverdue(
            TicketState state, Deadlines deadlines, boolean answered, LocalDate day, WorkingCalendar calendar) {
        TicketDeadline first = next(state, deadlines, answered);
        return first == null ? 0 : WorkingDaysLeft.late(deadlines.of(first), day, calendar);
    }
}
