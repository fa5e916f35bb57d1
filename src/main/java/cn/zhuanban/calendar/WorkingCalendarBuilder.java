package cn.zhuanban.calendar;

import cn.zhuanban.shared.SupportedDates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the rules of a {@link WorkingCalendar}; the expensive index is built once, in {@link #build()}. */
public final class WorkingCalendarBuilder {

    static final LocalDate DEFAULT_INDEX_START = SupportedDates.FIRST;
    static final LocalDate DEFAULT_INDEX_END = SupportedDates.LAST;
    /** Guards memory: the index holds a few bytes per day, so absurd dates must not widen it without bound. */
    private static final LocalDate EARLIEST_ALLOWED = LocalDate.of(1900, 1, 1);

    private static final LocalDate LATEST_ALLOWED = LocalDate.of(2299, 12, 31);

    private Set<DayOfWeek> workWeek = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    /** Keyed by date so that a later correction of the same day replaces the earlier entry. */
    private final Map<LocalDate, DayException> statutoryDays = new LinkedHashMap<>();

    private final List<NonWorkingPeriod> nonWorkingPeriods = new ArrayList<>();
    private final Map<LocalDate, DayException> overrides = new LinkedHashMap<>();

    WorkingCalendarBuilder() {}

    public WorkingCalendarBuilder mondayToFriday() {
        return workWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    /** The construction week: every weekday works, statutory holidays still rest. */
    public WorkingCalendarBuilder sevenDayWeek() {
        return workWeek(EnumSet.allOf(DayOfWeek.class));
    }

    public WorkingCalendarBuilder workWeek(Set<DayOfWeek> days) {
        this.workWeek = EnumSet.copyOf(days);
        return this;
    }

    public WorkingCalendarBuilder statutoryDays(Collection<DayException> days) {
        days.forEach(this::statutoryDay);
        return this;
    }

    public WorkingCalendarBuilder statutoryDay(DayException day) {
        statutoryDays.put(checked(day.date()), day);
        return this;
    }

    public WorkingCalendarBuilder nonWorkingPeriod(LocalDate from, LocalDate to, String name) {
        return nonWorkingPeriod(new NonWorkingPeriod(from, to, name));
    }

    public WorkingCalendarBuilder nonWorkingPeriod(NonWorkingPeriod period) {
        checked(period.from());
        checked(period.to());
        nonWorkingPeriods.add(period);
        return this;
    }

    /** Forces one day to be worked or not; the name replaces any other name of that day (null clears it). */
    public WorkingCalendarBuilder override(LocalDate date, boolean working, String name) {
        overrides.put(checked(date), new DayException(date, working, name));
        return this;
    }

    public WorkingCalendar build() {
        WeeklyRule weekly = new WeeklyRule(workWeek);
        LocalDate first = earliestDate();
        boolean[] working = new boolean[(int) (latestDate().toEpochDay() - first.toEpochDay() + 1)];
        long firstDay = first.toEpochDay();
        for (int i = 0; i < working.length; i++) {
            working[i] = weekly.isWorking(firstDay + i);
        }
        Map<LocalDate, String> names = new HashMap<>();
        statutoryDays.values().forEach(day -> apply(day, firstDay, working, names));
        nonWorkingPeriods.forEach(period -> apply(period, firstDay, working, names));
        overrides.values().forEach(day -> apply(day, firstDay, working, names));
        names.values().removeIf(name -> name == null);
        return new WorkingCalendar(
                weekly,
                List.copyOf(statutoryDays.values()),
                nonWorkingPeriods,
                List.copyOf(overrides.values()),
                names,
                new DayIndex(weekly, firstDay, working));
    }

    private static void apply(DayException day, long firstDay, boolean[] working, Map<LocalDate, String> names) {
        working[(int) (day.date().toEpochDay() - firstDay)] = day.working();
        names.put(day.date(), day.name());
    }

    private static void apply(NonWorkingPeriod period, long firstDay, boolean[] working, Map<LocalDate, String> names) {
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            working[(int) (day.toEpochDay() - firstDay)] = false;
            if (period.name() != null) {
                names.put(day, period.name());
            }
        }
    }

    private LocalDate earliestDate() {
        LocalDate earliest = DEFAULT_INDEX_START;
        for (LocalDate date : allDates()) {
            earliest = date.isBefore(earliest) ? date : earliest;
        }
        return earliest;
    }

    private LocalDate latestDate() {
        LocalDate latest = DEFAULT_INDEX_END;
        for (LocalDate date : allDates()) {
            latest = date.isAfter(latest) ? date : latest;
        }
        return latest;
    }

    private List<LocalDate> allDates() {
        List<LocalDate> dates = new ArrayList<>(statutoryDays.keySet());
        dates.addAll(overrides.keySet());
        nonWorkingPeriods.forEach(p -> {
            dates.add(p.from());
            dates.add(p.to());
        });
        return dates;
    }

    private static LocalDate checked(LocalDate date) {
        if (date.isBefore(EARLIEST_ALLOWED) || date.isAfter(LATEST_ALLOWED)) {
            throw new IllegalArgumentException(
                    "date: " + date + " is outside " + EARLIEST_ALLOWED + ".." + LATEST_ALLOWED);
        }
        return date;
    }
}
