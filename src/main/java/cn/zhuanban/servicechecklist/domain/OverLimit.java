package cn.zhuanban.servicechecklist.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.servicechecklist.LimitUnit;
import java.time.LocalDate;
import java.util.List;

/**
 * An open item with a limit of {@code days} in {@code unit} is past its 办理时限 today when it was accepted on or
 * before {@code acceptedBy}. Working days cannot be counted in SQL (the calendar is in Java), but the limit's end
 * never moves back as the acceptance day moves forward, so one last acceptance day per limit lets the database filter
 * and page the department's overdue items exactly as {@link ItemJudge} judges them.
 */
public record OverLimit(int days, LimitUnit unit, LocalDate acceptedBy) {

    /** The last acceptance days of these limits on {@code today}. */
    public static List<OverLimit> of(List<Limit> limits, LocalDate today, WorkingCalendar calendar) {
        return limits.stream()
                .map(l -> new OverLimit(l.days(), l.unit(), lastOverdueAcceptance(l, today, calendar)))
                .toList();
    }

    /**
     * The latest acceptance day whose limit ended before {@code today}. A limit of N days ends at least N calendar
     * days after acceptance, so the search starts N + 1 days back and walks back over rest days and holidays.
     */
    static LocalDate lastOverdueAcceptance(Limit limit, LocalDate today, WorkingCalendar calendar) {
        LocalDate accepted = today.minusDays(limit.days() + 1L);
        LocalDate floor = accepted.minusYears(10); // a calendar without working days would never end the walk
        while (accepted.isAfter(floor)
                && !ItemJudge.limitEnds(accepted, limit.days(), limit.unit(), calendar)
                        .isBefore(today)) {
            accepted = accepted.minusDays(1);
        }
        return accepted;
    }

    /** A time limit as items carry it. */
    public record Limit(int days, LimitUnit unit) {}

    /** Items accepted on a day with a limit, whose limit's last day the list's order needs. */
    public record Acceptance(LocalDate acceptedOn, int days, LimitUnit unit) {

        public UrgencyOrder.LimitEnd end(WorkingCalendar calendar) {
            return new UrgencyOrder.LimitEnd(
                    acceptedOn, days, unit, ItemJudge.limitEnds(acceptedOn, days, unit, calendar));
        }
    }
}
