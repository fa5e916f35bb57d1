package cn.zhuanban.calendar;

import cn.zhuanban.calendar.domain.CalendarStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The built calendars, shared by every caller: the district's three are built once per revision of the stored data
 * (a change bumps it in the database, so every node rebuilds on its next use), project calendars with exceptions of
 * their own are kept in a small cache. {@link CalendarManagement} answers with them and tells this one when it changed
 * the data.
 */
@Component
class DistrictCalendars {

    record Built(
            long revision,
            WorkingCalendar administrative,
            WorkingCalendar construction5,
            WorkingCalendar construction7) {}

    /** A project calendar is the district's construction calendar it derives from plus the project's exceptions. */
    private record ProjectKey(WorkingCalendar construction, List<DayException> exceptions) {}

    /**
     * Only plans with exceptions of their own need one; a calendar holds about 1 MB of index, so the cache stays small
     * and a wall page with more such plans rebuilds some (a millisecond or two each).
     */
    static final int PROJECT_CALENDARS_CACHED = 16;

    private final CalendarStore store;
    private final AtomicReference<Built> built = new AtomicReference<>();
    /**
     * Keyed by the district calendar instance, which a change replaces: entries of an old revision are never hit
     * again and age out.
     */
    private final Map<ProjectKey, WorkingCalendar> projectCalendars = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ProjectKey, WorkingCalendar> eldest) {
            return size() > PROJECT_CALENDARS_CACHED;
        }
    };

    DistrictCalendars(CalendarStore store) {
        this.store = store;
    }

    /** The district's calendars of the stored revision, built if this node has not yet. */
    Built current() {
        long revision = store.revision();
        Built b = built.get();
        if (b == null || b.revision() != revision) {
            b = build(revision);
            built.set(b);
        }
        return b;
    }

    /** Forgets the built calendars after a change of the data: the next use rebuilds them. */
    void forget() {
        built.set(null);
    }

    /** The construction calendar plus the project's exceptions, cached; the calendar itself without exceptions. */
    WorkingCalendar project(WorkingCalendar construction, List<DayException> exceptions) {
        if (exceptions.isEmpty()) {
            return construction;
        }
        ProjectKey key = new ProjectKey(construction, List.copyOf(exceptions));
        synchronized (projectCalendars) {
            WorkingCalendar cached = projectCalendars.get(key);
            if (cached != null) {
                return cached;
            }
        }
        WorkingCalendar calendar = construction.withExceptions(exceptions);
        synchronized (projectCalendars) {
            projectCalendars.put(key, calendar);
        }
        return calendar;
    }

    /** The administrative calendar as the database holds it in this transaction, built afresh and not cached. */
    WorkingCalendar storedAdministrative() {
        return administrativeBuilder().build();
    }

    private WorkingCalendarBuilder administrativeBuilder() {
        WorkingCalendarBuilder base = WorkingCalendar.builder().statutoryDays(store.days(CalendarStore.STATUTORY));
        store.days(CalendarStore.OVERRIDE).forEach(d -> base.override(d.date(), d.working(), d.name()));
        return base;
    }

    private Built build(long revision) {
        WorkingCalendar administrative = administrativeBuilder().build();
        WorkingCalendarBuilder construction = administrative.toBuilder();
        store.periods().forEach(construction::nonWorkingPeriod);
        WorkingCalendar construction5 = construction.build();
        WorkingCalendar construction7 = construction5.toBuilder().sevenDayWeek().build();
        return new Built(revision, administrative, construction5, construction7);
    }
}
