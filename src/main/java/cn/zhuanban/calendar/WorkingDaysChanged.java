package cn.zhuanban.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Days on which the administrative calendar, which counts every deadline, changed between working and resting: a
 * year's holiday arrangement arrived (it is announced each November, after deadlines into January were counted
 * without it) or an administrator corrected a day. Modules recount what they counted in working days over these
 * days. Ascending, never empty.
 *
 * @param changedAt when the change was made (before it committed)
 * @param revision the calendar's revision with the change: what was counted on an earlier revision (see {@link
 *     CalendarManagement#forCounting()}) was counted without it. Null in events stored before it was carried, for
 *     which only {@code changedAt} tells, less surely, what was counted before the change.
 */
public record WorkingDaysChanged(List<LocalDate> days, Instant changedAt, Long revision) {

    public WorkingDaysChanged {
        days = List.copyOf(days);
    }
}
