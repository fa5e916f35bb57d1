package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * A ticket's deadlines counted again after some days changed between working and resting. Each deadline keeps the
 * number of working days it gave the department from the assignment (suspensions included), counted now on the
 * changed calendar: a holiday arrangement that arrives after a deadline into January was counted moves it past the
 * new holidays. A resolve date people chose (an approved extension, a meeting's decision, the dispatch office's date
 * on assigning) stays, and the sign and first-feedback deadlines are then never later than it.
 */
public final class DeadlineRecount {

    private DeadlineRecount() {}

    /**
     * The recounted deadlines, or null when none moves. {@code resolveDateChosen}: the current resolve date was typed
     * by people rather than counted (a meeting's decision, the office's on assigning, an approved extension).
     */
    public static Deadlines of(
            Ticket ticket, List<LocalDate> changedDays, WorkingCalendar now, boolean resolveDateChosen) {
        LocalDate from = ticket.getAssignedOn();
        if (from == null) {
            return null;
        }
        Deadlines before = ticket.deadlines();
        Deadlines counted = new Deadlines(
                recount(from, before.signBy(), changedDays, now),
                recount(from, before.feedbackBy(), changedDays, now),
                recount(from, before.resolveBy(), changedDays, now));
        // only the flag says whose the current date is: an extension approved before a reassignment without a date
        // left the ticket's extension count, not its date
        Deadlines after = resolveDateChosen ? counted.resolvingBy(before.resolveBy(), from) : counted;
        return after.equals(before) ? null : after;
    }

    /**
     * The day {@code by} would be if the working days it was counted with (before the change) were counted on
     * {@code now}: every changed day between the assignment and the deadline that now rests was a working day then,
     * and every one that now works was not.
     */
    static LocalDate recount(LocalDate from, LocalDate by, List<LocalDate> changedDays, WorkingCalendar now) {
        if (by == null || !by.isAfter(from)) {
            return by;
        }
        int counted = now.workingDaysBetween(from, by);
        for (LocalDate day : changedDays) {
            if (day.isAfter(from) && !day.isAfter(by)) {
                counted += now.isWorkingDay(day) ? -1 : 1;
            }
        }
        return now.addWorkingDays(from, counted);
    }
}
