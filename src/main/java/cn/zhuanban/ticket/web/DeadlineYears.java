package cn.zhuanban.ticket.web;

import cn.zhuanban.calendar.CalendarManagement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The years of the deadlines a form offers (the assignment's and the instruction's counted resolve dates) whose
 * statutory holidays are not in the calendar: those dates were counted Monday to Friday and may move once the year is
 * imported, so the form says so beside the choice, as the plan and calendar pages do (calendar.missing-years).
 */
@Component
class DeadlineYears {

    private final CalendarManagement calendar;

    DeadlineYears(CalendarManagement calendar) {
        this.calendar = calendar;
    }

    /** The years, in order, of {@code dates} that have no holiday arrangement; empty when all have one. */
    List<Integer> withoutHolidays(Collection<LocalDate> dates) {
        Set<Integer> imported = calendar.holidayYears();
        return dates.stream()
                .filter(Objects::nonNull)
                .map(LocalDate::getYear)
                .distinct()
                .filter(year -> !imported.contains(year))
                .sorted()
                .toList();
    }
}
