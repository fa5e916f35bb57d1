package cn.zhuanban.dashboard.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The generated reports: the weekly briefing (周报) covers the week up to the as-of date and lists the
 * next week's stage goals; the monthly dispatch report (月度调度通报) covers the month and lists the next
 * month's goals.
 */
public enum ReportKind {
    WEEKLY,
    MONTHLY;

    /** First day of the period the report covers. */
    public LocalDate periodStart(LocalDate asOf) {
        return this == WEEKLY ? asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : asOf.withDayOfMonth(1);
    }

    /** First day of the goals ahead: next Monday, or the first of next month. */
    public LocalDate goalsFrom(LocalDate asOf) {
        return this == WEEKLY
                ? asOf.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                : YearMonth.from(asOf).plusMonths(1).atDay(1);
    }

    public LocalDate goalsTo(LocalDate asOf) {
        return this == WEEKLY
                ? goalsFrom(asOf).plusDays(6)
                : YearMonth.from(asOf).plusMonths(1).atEndOfMonth();
    }
}
