package cn.zhuanban.calendar;

import cn.zhuanban.calendar.domain.CalendarStore;
import cn.zhuanban.shared.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's calendars and their arithmetic. The administrative calendar (Monday–Friday,
 * statutory holidays off, make-up days worked, administrators' overrides) counts every deadline;
 * the construction calendar adds the district's non-working periods and may use a 7-day week.
 * Calendars are built once per revision and shared; a change bumps the revision in the database,
 * so every node rebuilds on its next use.
 */
@Service
public class CalendarManagement {

    private record Built(
            long revision,
            WorkingCalendar administrative,
            WorkingCalendar construction5,
            WorkingCalendar construction7) {}

    private final CalendarStore store;
    private final ApplicationEventPublisher events;
    private final AtomicReference<Built> built = new AtomicReference<>();

    CalendarManagement(CalendarStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Monday–Friday with statutory holidays, make-up days and overrides: for every deadline. */
    public WorkingCalendar administrative() {
        return current().administrative();
    }

    /** The construction calendar: also rests during the district's non-working periods. */
    public WorkingCalendar construction(boolean sevenDayWeek) {
        Built b = current();
        return sevenDayWeek ? b.construction7() : b.construction5();
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

    /** The district's non-working periods, for the calendar page. */
    @Transactional(readOnly = true)
    public List<PeriodView> periods() {
        return store.periodViews();
    }

    /** Imports a year in the holiday-cn format, replacing that year's statutory days. */
    @Transactional
    public void importYear(HolidayCnJson.Year year) {
        store.replaceYear(year.year(), year.days());
        changed(
                "calendar.year-imported",
                Integer.toString(year.year()),
                year.days().size() + " days");
    }

    /** An administrator's correction of one day, which wins over the published data. */
    @Transactional
    public void setDay(LocalDate date, boolean working, String name) {
        store.override(new DayException(date, working, name));
        changed("calendar.day-set", date.toString(), (working ? "working" : "off") + (name == null ? "" : " " + name));
    }

    @Transactional
    public void addNonWorkingPeriod(NonWorkingPeriod period) {
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

    private void changed(String action, String entityId, String summary) {
        store.bump();
        built.set(null);
        events.publishEvent(new CalendarChanged(Actor.current(), action, entityId, summary));
    }

    private Built current() {
        long revision = store.revision();
        Built b = built.get();
        if (b == null || b.revision() != revision) {
            b = build(revision);
            built.set(b);
        }
        return b;
    }

    private Built build(long revision) {
        WorkingCalendarBuilder base = WorkingCalendar.builder().statutoryDays(store.days(CalendarStore.STATUTORY));
        store.days(CalendarStore.OVERRIDE).forEach(d -> base.override(d.date(), d.working(), d.name()));
        WorkingCalendar administrative = base.build();
        WorkingCalendarBuilder construction = administrative.toBuilder();
        store.periods().forEach(construction::nonWorkingPeriod);
        WorkingCalendar construction5 = construction.build();
        WorkingCalendar construction7 = construction5.toBuilder().sevenDayWeek().build();
        return new Built(revision, administrative, construction5, construction7);
    }
}
