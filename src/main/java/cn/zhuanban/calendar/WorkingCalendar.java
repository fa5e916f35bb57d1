package cn.zhuanban.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable working-day calendar: a weekly rule (Monday–Friday by default, or a 7-day construction week), Chinese
 * statutory holidays and make-up working days (调休), district non-working periods and per-day overrides.
 *
 * <p>Precedence, weakest first: weekly rule, statutory days, non-working periods, overrides.
 *
 * <p>All arithmetic is O(1) over an index precomputed for 2000-01-01..2100-12-31 (widened to cover every date given
 * to the builder); outside that range only the weekly rule applies. Instances are thread-safe and meant to be built
 * once and shared.
 */
public final class WorkingCalendar {

    private final WeeklyRule weekly;
    private final List<DayException> statutoryDays;
    private final List<NonWorkingPeriod> nonWorkingPeriods;
    private final List<DayException> overrides;
    private final Map<LocalDate, String> names;
    private final DayIndex index;

    WorkingCalendar(
            WeeklyRule weekly,
            List<DayException> statutoryDays,
            List<NonWorkingPeriod> nonWorkingPeriods,
            List<DayException> overrides,
            Map<LocalDate, String> names,
            DayIndex index) {
        this.weekly = weekly;
        this.statutoryDays = List.copyOf(statutoryDays);
        this.nonWorkingPeriods = List.copyOf(nonWorkingPeriods);
        this.overrides = List.copyOf(overrides);
        this.names = Map.copyOf(names);
        this.index = index;
    }

    public static WorkingCalendarBuilder builder() {
        return new WorkingCalendarBuilder();
    }

    /** The default rule of domain §2: Monday–Friday, holidays off, make-up days worked. */
    public static WorkingCalendar standard(Collection<DayException> statutoryDays) {
        return builder().statutoryDays(statutoryDays).build();
    }

    /** A builder holding this calendar's rules, to derive a variant (7-day week, a stop, an override). */
    public WorkingCalendarBuilder toBuilder() {
        WorkingCalendarBuilder builder = builder().workWeek(weekly.workWeek()).statutoryDays(statutoryDays);
        nonWorkingPeriods.forEach(builder::nonWorkingPeriod);
        overrides.forEach(o -> builder.override(o.date(), o.working(), o.name()));
        return builder;
    }

    /**
     * This calendar with a project's own exceptions on top (a day the project rests, or works through a holiday):
     * they win over everything else, as overrides do. Without exceptions, this calendar itself.
     */
    public WorkingCalendar withExceptions(Collection<DayException> exceptions) {
        if (exceptions.isEmpty()) {
            return this;
        }
        WorkingCalendarBuilder builder = toBuilder();
        exceptions.forEach(e -> builder.override(e.date(), e.working(), e.name()));
        return builder.build();
    }

    public Set<DayOfWeek> workWeek() {
        return weekly.workWeek();
    }

    public List<DayException> statutoryDays() {
        return statutoryDays;
    }

    public List<NonWorkingPeriod> nonWorkingPeriods() {
        return nonWorkingPeriods;
    }

    public List<DayException> overrides() {
        return overrides;
    }

    public boolean isWorkingDay(LocalDate date) {
        return index.isWorking(date.toEpochDay());
    }

    /** The holiday, make-up day, stop or override name of the day, or null for an ordinary day. */
    public String nameOf(LocalDate date) {
        return names.get(date);
    }

    /**
     * The n-th working day after {@code from}, counting from the next working day after it (a deadline of n working
     * days). Negative n counts backwards the same way from the previous working day; n = 0 returns {@code from}.
     * For a working day D, {@code addWorkingDays(addWorkingDays(D, n), -n) == D}.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n == 0) {
            return from;
        }
        long day = from.toEpochDay();
        int target = n > 0 ? index.countBefore(day + 1) + (n - 1) : index.countBefore(day) + n;
        return index.dateAt(target);
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is before it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return index.countBefore(to.toEpochDay() + 1) - index.countBefore(from.toEpochDay() + 1);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return index.dateAt(index.countBefore(date.toEpochDay() + 1));
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        return index.dateAt(index.countBefore(date.toEpochDay()) - 1);
    }

    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return index.dateAt(indexOnOrAfter(date));
    }

    public LocalDate workingDayOnOrBefore(LocalDate date) {
        return index.dateAt(indexOnOrBefore(date));
    }

    /**
     * Working-day index of the first working day on or after {@code date}. Indexes number the working days
     * consecutively (the difference of two indexes is a count of working days); only differences are meaningful.
     */
    public int indexOnOrAfter(LocalDate date) {
        return index.countBefore(date.toEpochDay());
    }

    /** Working-day index of the last working day on or before {@code date}. */
    public int indexOnOrBefore(LocalDate date) {
        return index.countBefore(date.toEpochDay() + 1) - 1;
    }

    /** The working day with the given index; the inverse of {@link #indexOnOrAfter} on working days. */
    public LocalDate dateAt(int workingDayIndex) {
        return index.dateAt(workingDayIndex);
    }

    /** Every day from {@code from} to {@code to} inclusive, for the calendar view. */
    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new CalendarDay(day, isWorkingDay(day), nameOf(day)));
        }
        return days;
    }

    @Override
    public String toString() {
        return "WorkingCalendar[workWeek=" + weekly.workWeek() + ", statutoryDays=" + statutoryDays.size()
                + ", nonWorkingPeriods=" + nonWorkingPeriods.size() + ", overrides=" + overrides.size() + "]";
    }
}
