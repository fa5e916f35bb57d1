package cn.zhuanban.calendar;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** What an administrator may put into the calendar: dates the indexes cover, names the columns keep. */
final class CalendarInput {

    /** The columns' sizes: calendar_day.name and calendar_period.name. */
    static final int DAY_NAME_MAX = 50;

    static final int PERIOD_NAME_MAX = 100;

    private CalendarInput() {}

    /**
     * Calendar data must lie in the range every calendar's index covers. A stray date (a mistyped year) would
     * otherwise widen every index, and one before 1900 or after 2299 would make the calendar unbuildable, so that
     * every deadline and plan of the district failed until someone removed the row by hand.
     */
    static void inRange(LocalDate date) {
        SupportedDates.require(date, "date");
    }

    /** Within the columns that keep them (a day's name, a period's name), refused in the user's language. */
    static void checkName(String name, int max, boolean required) {
        int length = name == null ? 0 : name.strip().length();
        if (length > max || required && length == 0) {
            throw new BusinessException(
                    ErrorCode.VALIDATION,
                    "name",
                    new DefaultMessageSourceResolvable(
                            new String[] {required ? "calendar.error.name-required" : "calendar.error.name"},
                            new Object[] {max}));
        }
    }
}
