package cn.zhuanban.calendar;

import cn.zhuanban.calendar.domain.CalendarStore;
import cn.zhuanban.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's calendars and their arithmetic. The administrative calendar (Monday–Friday,
 * statutory holidays off, make-up days worked, administrators' overrides) counts every deadline;
 * the construction calendar adds the district's non-working periods and may use a 7-day week.
 * Calendars are built once per revision and shared ({@link DistrictCalendars}); a change bumps the
 * revision in the database, so every node rebuilds on its next use.
 */
@Service
public class CalendarManagement {

    private final CalendarStore store;
    private final DistrictCalendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StopRules stops;

    CalendarManagement(
            CalendarStore store,
            DistrictCalendars calendars,
            ApplicationEventPublisher events,
            Clock clock,
            StopRules stops) {
        this.store = store;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
        this.stops = stops;
    }

    /** Monday–Friday with statutory holidays, make-up days and overrides: for every deadline. */
    public WorkingCalendar administrative() {
        return current().administrative();
    }

    /**
     * The administrative calendar to count deadlines on, with the revision to stamp them with. Holds the revision row
     * until the caller's transaction ends, so that no change of the calendar commits between this count and the
     * caller's commit: a change in progress is waited for and counted on, and a change that comes later waits until
     * the counted deadlines are committed, so that its {@link WorkingDaysChanged} finds them. A stamp taken from a
     * clock, or a revision read without the lock, leaves a window in which deadlines counted on the old calendar commit
     * after the change's listeners looked for them, and several nodes count on one database. Counting transactions do
     * not wait for each other on PostgreSQL, where the lock is shared ({@link CalendarStore#lockForCounting}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CountingCalendar forCounting() {
        store.lockForCounting();
        DistrictCalendars.Built b = current();
        return new CountingCalendar(b.revision(), b.administrative());
    }

    /** The construction calendar: also rests during the district's non-working periods. */
    public WorkingCalendar construction(boolean sevenDayWeek) {
        DistrictCalendars.Built b = current();
        return sevenDayWeek ? b.construction7() : b.construction5();
    }

    /**
     * A project's own calendar (per-project calendar): the construction calendar with a 5- or 7-day week, plus the
     * project's exceptions, which win over holidays, make-up days and district stops.
     */
    public WorkingCalendar project(boolean sevenDayWeek, List<DayException> exceptions) {
        return project(construction(sevenDayWeek), exceptions);
    }

    /**
     * As {@link #project(boolean, List)} on a construction calendar the caller already holds, so that a page of many
     * projects asks the database for the calendar's revision once, not once per project.
     */
    public WorkingCalendar project(WorkingCalendar construction, List<DayException> exceptions) {
        return calendars.project(construction, exceptions);
    }

    /** N working days after {@code from}, counted from the next working day (negative: backwards). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return administrative().addWorkingDays(from, days);
    }

    /** Working days after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return administrative().workingDaysBetween(from, to);
    }

    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        return administrative().days(from, to);
    }

    /**
     * From this day of the year on, next year's arrangement is expected: the General Office of the State Council
     * usually publishes it in late October or in November, and deadlines and plans reach into that year by then.
     */
    static final MonthDay NEXT_YEAR_EXPECTED = MonthDay.of(11, 1);

    /**
     * The years whose statutory holidays and make-up days are not in the calendar but are needed by now: this year,
     * and next year from {@link #NEXT_YEAR_EXPECTED}. Until they are imported, those years count Monday to Friday
     * with no holidays, so deadlines and plans that reach into them may move once they are.
     */
    @Transactional(readOnly = true)
    public List<Integer> missingHolidayYears(LocalDate today) {
        Set<Integer> published = store.publishedYears();
        List<Integer> missing = new ArrayList<>();
        int year = today.getYear();
        if (!published.contains(year)) {
            missing.add(year);
        }
        if (!MonthDay.from(today).isBefore(NEXT_YEAR_EXPECTED) && !published.contains(year + 1)) {
            missing.add(year + 1);
        }
        return missing;
    }

    /** Whether a year's statutory holidays and make-up days are in the calendar. */
    @Transactional(readOnly = true)
    public boolean hasHolidayArrangement(int year) {
        return store.publishedYears().contains(year);
    }

    /** The years whose statutory holidays and make-up days the calendar holds, in order. */
    @Transactional(readOnly = true)
    public SortedSet<Integer> holidayYears() {
        return new TreeSet<>(store.publishedYears());
    }

    /**
     * The years from {@code a} to {@code b} (either way round) whose statutory holidays the calendar does not hold, in
     * order: dates counted there take New Year and the Spring Festival for working days and may move once the year is
     * imported, which the plan pages and the calendar API say.
     */
    @Transactional(readOnly = true)
    public List<Integer> yearsWithoutHolidays(LocalDate a, LocalDate b) {
        Set<Integer> imported = store.publishedYears();
        List<Integer> missing = new ArrayList<>();
        for (int year = Math.min(a.getYear(), b.getYear()); year <= Math.max(a.getYear(), b.getYear()); year++) {
            if (!imported.contains(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /** The district's non-working periods, for the calendar page. */
    @Transactional(readOnly = true)
    public List<PeriodView> periods() {
        return store.periodViews();
    }

    /**
     * Imports a year an administrator uploaded: as {@link #importYear}, and refused unless it is a whole year's
     * arrangement ({@value HolidayYearCheck#MIN_OFF_DAYS} or more days off in the year), so that a wrong or truncated
     * file does not make the year count as imported.
     */
    @Transactional
    public void importUploadedYear(HolidayCnJson.Year year) {
        importYear(year, true);
    }

    /**
     * Imports a year in the holiday-cn format, replacing that year's statutory days. Checked before anything changes
     * ({@link HolidayYearCheck}): days of the year, and of the December before only for a New Year holiday that begins
     * there, each named once; a December day another year's file put in keeps its meaning.
     */
    @Transactional
    public void importYear(HolidayCnJson.Year year) {
        importYear(year, false);
    }

    private void importYear(HolidayCnJson.Year given, boolean complete) {
        CalendarInput.inRange(LocalDate.of(given.year(), 1, 1));
        given.days().forEach(d -> CalendarInput.inRange(d.date()));
        LocalDate from = HolidayYearCheck.DECEMBER_BEFORE.atYear(given.year() - 1);
        LocalDate to = LocalDate.of(given.year(), 12, 31);
        Map<LocalDate, DayException> stored = new HashMap<>();
        store.days(CalendarStore.STATUTORY, from, to).forEach(d -> stored.put(d.date(), d));
        Map<LocalDate, DayException> decemberBefore = new HashMap<>(stored);
        decemberBefore.keySet().removeIf(d -> d.getYear() == given.year());
        HolidayYearCheck.check(given, decemberBefore, complete);
        HolidayCnJson.Year year = new HolidayCnJson.Year(
                given.year(),
                given.days().stream()
                        .map(d ->
                                new DayException(d.date(), d.working(), d.name().strip()))
                        .toList());
        WorkingCalendar before = storedAdministrative();
        store.replaceYear(year.year(), year.days());
        changed(
                "calendar.year-imported",
                Integer.toString(year.year()),
                ImportCounts.of(year, stored).summary());
        announceChangedDays(before, from, to);
    }

    /** An administrator's correction of one day, which wins over the published data. */
    @Transactional
    public void setDay(LocalDate date, boolean working, String name) {
        CalendarInput.inRange(date);
        CalendarInput.checkName(name, CalendarInput.DAY_NAME_MAX, false);
        WorkingCalendar before = storedAdministrative();
        store.override(new DayException(date, working, name));
        // before → after, as other audited changes: "working 调休上班" then "off" told nothing of what it had been
        changed(
                "calendar.day-set",
                date.toString(),
                daySummary(before.isWorkingDay(date), before.nameOf(date)) + " → " + daySummary(working, name));
        announceChangedDays(before, date, date);
    }

    private static String daySummary(boolean working, String name) {
        return (working ? "working" : "off") + (name == null ? "" : " " + name);
    }

    /**
     * A district stop, within the years the calendar holds and at most a year long ({@link StopRules}); one that
     * removes many working days or has begun only when {@code confirmed}, after being told what it takes away.
     */
    @Transactional
    public void addNonWorkingPeriod(NonWorkingPeriod period, boolean confirmed) {
        stops.check(period, holidayYears(), construction(false), confirmed);
        store.addPeriod(period);
        changed(
                "calendar.period-added",
                period.from().toString(),
                period.name() + " " + period.from() + "~" + period.to());
    }

    @Transactional
    public void removeNonWorkingPeriod(long id) {
        if (store.removePeriod(id) > 0) {
            changed("calendar.period-removed", Long.toString(id), "");
        }
    }

    /**
     * Shipped years loaded at start-up, told as an import of them: plan lights are re-judged at once (a release that
     * ships next year's arrangement changes late dates into it). One change for the years of one start: the first
     * start loads twenty of them, and every listener would otherwise run twenty times.
     */
    void shippedYearsLoaded(List<Integer> years, int days) {
        List<Integer> sorted = years.stream().sorted().toList();
        String entityId =
                sorted.size() == 1 ? sorted.getFirst().toString() : sorted.getFirst() + "~" + sorted.getLast();
        changed("calendar.year-imported", entityId, sorted + " " + days + " days");
    }

    private void changed(String action, String entityId, String summary) {
        store.bump();
        calendars.forget();
        events.publishEvent(new CalendarChanged(Actor.current(), action, entityId, summary));
    }

    /**
     * Publishes {@link WorkingDaysChanged}, after the revision was bumped, for the days between {@code from} and
     * {@code to} that the administrative calendar now counts differently than {@code before}. Compared on a calendar
     * built from the uncommitted data and not cached: if the transaction rolls back, no node may keep it.
     */
    void announceChangedDays(WorkingCalendar before, LocalDate from, LocalDate to) {
        WorkingCalendar after = storedAdministrative();
        List<LocalDate> changed = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (before.isWorkingDay(day) != after.isWorkingDay(day)) {
                changed.add(day);
            }
        }
        if (!changed.isEmpty()) {
            // The revision this transaction bumped to: deadlines counted on an earlier one are recounted.
            events.publishEvent(new WorkingDaysChanged(changed, clock.instant(), store.revision()));
        }
    }

    /** The administrative calendar as the database holds it in this transaction, built afresh and not cached. */
    WorkingCalendar storedAdministrative() {
        return calendars.storedAdministrative();
    }

    private DistrictCalendars.Built current() {
        return calendars.current();
    }
}
