package cn.zhuanban.calendar.web;

import cn.zhuanban.calendar.CalendarDay;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Working-day arithmetic for integrations (api-contract.md, Calendar); any authenticated caller. An answer that reaches
 * into a year whose statutory holidays are not imported says so (README, API notes): such a year counts Monday to
 * Friday, so the answer may move once it is imported, and the caller had no way to tell. An optional {@code calendar}
 * counts on a construction calendar ({@link ApiCalendars}), which rests during the district's stops.
 */
@cn.zhuanban.shared.web.ApiController("/api/v1/calendar")
class CalendarApiController {

    /** @param holidayDataMissing the years without imported holidays the answer reaches into; left out when none */
    record DateResult(
            LocalDate date,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> holidayDataMissing) {}

    /** @param holidayDataMissing as in {@link DateResult} */
    record WorkingDays(
            int workingDays,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> holidayDataMissing) {}

    private static final int MAX_DAYS = 366 * 5;
    /** More than the working days between 2000 and 2100 (about 25,000): a larger count cannot end in the range. */
    private static final int MAX_WORKING_DAYS = 40_000;

    private final CalendarManagement management;
    private final ApiCalendars calendars;

    CalendarApiController(CalendarManagement management, ApiCalendars calendars) {
        this.management = management;
        this.calendars = calendars;
    }

    @GetMapping("/add-working-days")
    DateResult add(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam int days,
            @RequestParam(required = false) String calendar) {
        WorkingCalendar counted = calendars.named(calendar);
        SupportedDates.require(from, "from");
        // not Math.abs(days): it is negative for Integer.MIN_VALUE, which passed and answered the year -8229430
        if (days < -MAX_WORKING_DAYS || days > MAX_WORKING_DAYS) {
            throw refused("days", "calendar.api.days-range", Integer.toString(MAX_WORKING_DAYS));
        }
        LocalDate date = counted.addWorkingDays(from, days);
        if (!SupportedDates.allows(date)) {
            // the calendar knows no holidays outside 2000-2100, and every other date input refuses such a date
            throw refused("days", "calendar.api.days-outside", date.toString());
        }
        return new DateResult(date, management.yearsWithoutHolidays(from, date));
    }

    @GetMapping("/working-days-between")
    WorkingDays between(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String calendar) {
        WorkingCalendar counted = calendars.named(calendar);
        SupportedDates.require(from, "from");
        SupportedDates.require(to, "to");
        return new WorkingDays(counted.workingDaysBetween(from, to), management.yearsWithoutHolidays(from, to));
    }

    @GetMapping("/days")
    ResponseEntity<List<CalendarDay>> days(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String calendar) {
        WorkingCalendar counted = calendars.named(calendar);
        SupportedDates.require(from, "from");
        SupportedDates.require(to, "to"); // a span reaching past 2100 answered days the calendar knows nothing of
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw refused("to", "calendar.api.days-span", Integer.toString(MAX_DAYS));
        }
        List<Integer> missing = management.yearsWithoutHolidays(from, to);
        var answer = ResponseEntity.ok();
        if (!missing.isEmpty()) {
            // the documented answer is an array, which has no room for a field: a standard warning header instead
            answer.header(
                    "Warning",
                    "299 - \"holiday data missing: "
                            + missing.stream().map(String::valueOf).collect(Collectors.joining(","))
                            + "\"");
        }
        return answer.body(counted.days(from, to));
    }

    /** A refusal that says the limit, not only the value ("输入有误：2100-12-31" left callers guessing). */
    private static BusinessException refused(String field, String reason, String limit) {
        return new BusinessException(
                ErrorCode.VALIDATION,
                field,
                new DefaultMessageSourceResolvable(new String[] {reason}, new Object[] {limit}));
    }
}
