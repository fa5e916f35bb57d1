package cn.zhuanban.dashboard.web;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For whoever keeps the calendar: the years whose holiday arrangement is needed but not imported. Until it is, every
 * deadline and plan reaching into such a year counts weekdays only, so the card shows only while that is so.
 */
@Component
class CalendarItems implements WorkbenchSource {

    private final CalendarManagement calendar;
    private final MessageSource messages;
    private final Clock clock;

    CalendarItems(CalendarManagement calendar, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        if (!user.can(Permissions.CALENDAR_EDIT)) {
            return List.of();
        }
        List<Integer> missing = calendar.missingHolidayYears(LocalDate.now(clock));
        if (missing.isEmpty()) {
            return List.of();
        }
        List<Row> rows = missing.stream()
                .map(year -> new Row(
                        messages.getMessage(
                                "workbench.holiday-year-missing", new Object[] {year}, LocaleContextHolder.getLocale()),
                        "/calendar?year=" + year,
                        null))
                .toList();
        return List.of(new WorkbenchItem(
                13, "workbench.holiday-years-missing", missing.size(), "/calendar", Urgency.WARNING, rows));
    }
}
