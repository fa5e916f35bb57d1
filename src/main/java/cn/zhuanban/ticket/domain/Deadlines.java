package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * The three time limits of an assignment, in working days on the administrative calendar,
 * counted from the next working day after the assignment ("13710": sign 1, first feedback 3,
 * resolve 7 or 22).
 */
public record Deadlines(LocalDate signBy, LocalDate feedbackBy, LocalDate resolveBy) {

    public static Deadlines from(LocalDate assignedOn, SlaTerms terms, WorkingCalendar calendar) {
        return new Deadlines(
                calendar.addWorkingDays(assignedOn, terms.signDays()),
                calendar.addWorkingDays(assignedOn, terms.feedbackDays()),
                calendar.addWorkingDays(assignedOn, terms.resolveDays()));
    }

    /**
     * The same limits with the sign and first-feedback deadlines not later than {@code resolveBy}, which replaces the
     * resolve deadline: for a resolve date people chose (a meeting's decision), which the SLA's counted limits must
     * not pass.
     */
    public Deadlines resolvingBy(LocalDate resolveBy) {
        return new Deadlines(notAfter(signBy, resolveBy), notAfter(feedbackBy, resolveBy), resolveBy);
    }

    private static LocalDate notAfter(LocalDate date, LocalDate limit) {
        return date == null || !date.isAfter(limit) ? date : limit;
    }

    /** The same limits moved later by the working days a suspension lasted. */
    public Deadlines shiftedBy(int workingDays, WorkingCalendar calendar) {
        return workingDays <= 0
                ? this
                : new Deadlines(
                        shift(signBy, workingDays, calendar),
                        shift(feedbackBy, workingDays, calendar),
                        shift(resolveBy, workingDays, calendar));
    }

    private static LocalDate shift(LocalDate date, int days, WorkingCalendar calendar) {
        return date == null ? null : calendar.addWorkingDays(date, days);
    }
}
