package cn.zhuanban.schedule;

import cn.zhuanban.schedule.PlanFileReader.FileDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;

/** A plan file's calendar as {@link PlanFileReader} imports it: its working days and its exception days. */
final class PlanFileCalendar {

    private PlanFileCalendar() {}

    /**
     * The exception days of the calendar and of the base calendars it derives from (recurring exceptions expanded),
     * each with the working state the calendar gives the day, so that a derived calendar's exception wins.
     */
    static List<FileDay> exceptions(ProjectCalendar calendar) {
        java.util.TreeMap<LocalDate, String> days = new java.util.TreeMap<>();
        for (ProjectCalendar c = calendar; c != null; c = c.getParent()) {
            for (ProjectCalendarException e : c.getExpandedCalendarExceptions()) {
                if (e.getFromDate() == null || e.getToDate() == null) {
                    continue;
                }
                if (e.getToDate().isBefore(e.getFromDate())
                        || e.getFromDate()
                                .plusDays(PlanFileReader.MAX_EXCEPTION_DAYS)
                                .isBefore(e.getToDate())) {
                    throw PlanFileReader.refused(
                            "exception-too-long",
                            e.getFromDate().toString(),
                            e.getToDate().toString(),
                            PlanFileReader.MAX_EXCEPTION_DAYS);
                }
                for (LocalDate d = e.getFromDate(); !d.isAfter(e.getToDate()); d = d.plusDays(1)) {
                    String name = e.getName() == null || e.getName().isBlank()
                            ? null
                            : PlanFileReader.shorten(e.getName(), 100);
                    days.merge(
                            d, name == null ? "" : name, (derived, base) -> derived); // the derived calendar came first
                    if (days.size() > PlanFileReader.MAX_EXCEPTION_DAYS) {
                        throw PlanFileReader.refused("too-many-exception-days", PlanFileReader.MAX_EXCEPTION_DAYS);
                    }
                }
            }
        }
        List<FileDay> result = new ArrayList<>(days.size());
        days.forEach((date, name) ->
                result.add(new FileDay(date, calendar.isWorkingDate(date), name.isEmpty() ? null : name)));
        return result;
    }

    /** The project's default calendar, else its first one, else null. */
    static ProjectCalendar of(ProjectFile project) {
        ProjectCalendar calendar = project.getDefaultCalendar();
        if (calendar == null && !project.getCalendars().isEmpty()) {
            calendar = project.getCalendars().get(0);
        }
        return calendar;
    }

    /** The calendar's working days; without a calendar, Monday to Friday. */
    static Predicate<LocalDate> workingDays(ProjectCalendar calendar) {
        if (calendar == null) {
            return d -> d.getDayOfWeek().getValue() < 6;
        }
        return calendar::isWorkingDate;
    }
}
