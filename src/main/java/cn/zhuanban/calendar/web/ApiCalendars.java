package cn.zhuanban.calendar.web;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * The calendar an API answer is counted on, by the names the schedule API gives them ({@code "calendar"} of
 * {@code POST /api/v1/schedule}): {@code default} (administrative, when none is given), {@code construction} and
 * {@code construction7}, which rest during the district's stops. The calendar API answered only the administrative
 * one, on which a stop that moves construction plans is a run of working days.
 */
@Component
class ApiCalendars {

    static final String FIELD = "calendar";

    private final CalendarManagement calendar;

    ApiCalendars(CalendarManagement calendar) {
        this.calendar = calendar;
    }

    WorkingCalendar named(String name) {
        if (name == null || name.isBlank() || name.equals("default")) {
            return calendar.administrative();
        }
        return switch (name) {
            case "construction" -> calendar.construction(false);
            case "construction7" -> calendar.construction(true);
            default -> throw BusinessException.invalid(FIELD, "calendar.api.unknown-calendar", name);
        };
    }
}
