package cn.zhuanban.schedule;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The date of a computed schedule farthest outside what the calendars cover ({@link SupportedDates}): beyond it they
 * count the weekly rule alone, without holidays, so such a date is a guess. A plan's durations and lags, each within
 * its limit, can add up to one (two chained tasks of 10,000 working days run to about 2107), and so can a stored plan
 * whose target or calendar changed later.
 *
 * @param key the task with that date
 * @param date the date
 * @param days how many days it lies outside
 */
public record ScheduleRange(String key, LocalDate date, long days) {

    /** The farthest date outside, or null when every date of the schedule is covered. */
    public static ScheduleRange outside(ScheduleView view) {
        ScheduleRange farthest = null;
        for (ScheduleView.TaskView t : view.tasks()) {
            for (LocalDate date : new LocalDate[] {t.earlyStart(), t.earlyFinish(), t.lateStart(), t.lateFinish()}) {
                if (!SupportedDates.allows(date)) {
                    long days = date.isBefore(SupportedDates.FIRST)
                            ? ChronoUnit.DAYS.between(date, SupportedDates.FIRST)
                            : ChronoUnit.DAYS.between(SupportedDates.LAST, date);
                    if (farthest == null || days > farthest.days()) {
                        farthest = new ScheduleRange(t.key(), date, days);
                    }
                }
            }
        }
        return farthest;
    }

    public LocalDate first() {
        return SupportedDates.FIRST;
    }

    public LocalDate last() {
        return SupportedDates.LAST;
    }

    /** An edit refused for it ({@code schedule.out-of-range}, 422 in the API), naming the task and the date. */
    BusinessException refusal() {
        return new BusinessException(
                ErrorCode.SCHEDULE_OUT_OF_RANGE,
                "tasks",
                SupportedDates.FIRST.toString(),
                SupportedDates.LAST.toString(),
                key,
                date.toString());
    }
}
