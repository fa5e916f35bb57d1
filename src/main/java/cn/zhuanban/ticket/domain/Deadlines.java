package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.TicketDeadline;
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

    /** The date of one of the three limits, null when it was not set. */
    public LocalDate of(TicketDeadline deadline) {
        return switch (deadline) {
            case SIGN -> signBy;
            case FEEDBACK -> feedbackBy;
            case RESOLVE -> resolveBy;
        };
    }

    /**
     * The same limits with {@code resolveBy}, a date people chose (a meeting's decision, an approved extension),
     * replacing the resolve deadline: the sign and first-feedback deadlines keep their SLA terms but pass neither
     * that date nor fall before {@code assignedOn}. A chosen date is checked ({@link ChosenDeadline}) before it gets
     * here; should one before the assignment slip through (old data, a recount), it must not pull the other two
     * before the day the department received the ticket, which would card and escalate it at once.
     */
    public Deadlines resolvingBy(LocalDate resolveBy, LocalDate assignedOn) {
        return new Deadlines(
                within(signBy, assignedOn, resolveBy), within(feedbackBy, assignedOn, resolveBy), resolveBy);
    }

    private static LocalDate within(LocalDate date, LocalDate from, LocalDate limit) {
        if (date == null) {
            return null;
        }
        LocalDate capped = date.isAfter(limit) ? limit : date;
        return from != null && capped.isBefore(from) ? from : capped;
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
