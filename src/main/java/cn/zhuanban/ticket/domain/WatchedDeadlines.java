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
     * The deadline the department is to meet next: of those still watched, the one that falls first, null when none is
     * watched. Set by the rules, sign, first feedback and resolve fall in that order; but a ticket may carry only some
     * of them or, imported, carry them out of order (a resolve date before the sign date), and then the one watched
     * first in that order is not the first to pass: the earliest date is, the deadline order only deciding between two
     * on one day. Lists count it down and name it, as the page does; the ladder's later rungs count from it.
     */
    static TicketDeadline next(TicketState state, Deadlines deadlines, boolean answered) {
        TicketDeadline first = null;
        for (TicketDeadline deadline : TicketDeadline.values()) {
            if (watches(deadline, state, deadlines, answered)
                    && (first == null || deadlines.of(deadline).isBefore(deadlines.of(first)))) {
                first = deadline;
            }
        }
        return first;
    }

    /**
     * How many working days late the ticket is on {@code day} ({@link WorkingDaysLeft#late}), counted from the first
     * deadline it missed: the earliest of those set and still watched, whose step is not done ({@link #next}), from
     * which the ladder's later rungs count too (a ticket never signed is late from its sign deadline, not from its
     * resolve deadline a week later; one whose resolve date came before its sign date, from the resolve date). 0 when
     * none is watched (suspended, awaiting a decision, resolved) or the earliest watched has not passed, so that none
     * has.
     */
    static int workingDaysOverdue(
            TicketState state, Deadlines deadlines, boolean answered, LocalDate day, WorkingCalendar calendar) {
        TicketDeadline first = next(state, deadlines, answered);
        return first == null ? 0 : WorkingDaysLeft.late(deadlines.of(first), day, calendar);
    }
}
