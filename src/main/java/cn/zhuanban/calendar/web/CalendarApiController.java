package cn.zhuanban.calendar.web;

import cn.zhuanban.calendar.CalendarDay;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Working-day arithmetic for integrations (api-contract.md, Calendar); any authenticated caller. */
@cn.zhuanban.shared.web.ApiController("/api/v1/calendar")
class CalendarApiController {

    record DateResult(LocalDate date) {}

    record WorkingDays(int workingDays) {}

    private static final int MAX_DAYS = 366 * 5;
    /** More than the working days between 2000 and 2100 (about 25,000): a larger count cannot end in the range. */
    private static final int MAX_WORKING_DAYS = 40_000;

    private final CalendarManagement calendar;

    CalendarApiController(CalendarManagement calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/add-working-days")
    DateResult add(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam int days) {
        SupportedDates.require(from, "from");
        // not Math.abs(days): it is negative for Integer.MIN_VALUE, which passed and answered the year -8229430
        if (days < -MAX_WORKING_DAYS || days > MAX_WORKING_DAYS) {
            throw refused("days", "calendar.api.days-range", Integer.toString(MAX_WORKING_DAYS));
        }
        LocalDate date = calendar.addWorkingDays(from, days);
        if (!SupportedDates.allows(date)) {
            // the calendar knows no holidays outside 2000-2100, and every other date input refuses such a date
            throw refused("days", "calendar.api.days-outside", date.toString());
        }
        return new DateResult(date);
    }

    @GetMapping("/working-days-between")
    WorkingDays between(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        SupportedDates.require(from, "from");
        SupportedDates.require(to, "to");
        return new WorkingDays(calendar.workingDaysBetween(from, to));
    }

    @GetMapping("/days")
    List<CalendarDay> days(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        SupportedDates.require(from, "from");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw refused("to", "calendar.api.days-span", Integer.toString(MAX_DAYS));
        }
        return calendar.days(from, to);
    }

    /** A refusal that says the limit, not only the value ("输入有误：2100-12-31" left callers guessing). */
    private static BusinessException refused(String field, String reason, String limit) {
        return new BusinessException(
                ErrorCode.VALIDATION,
                field,
                new DefaultMessageSourceResolvable(new String[] {reason}, new Object[] {limit}));
    }
}
