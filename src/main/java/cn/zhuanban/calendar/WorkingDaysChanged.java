package cn.zhuanban.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Days on which the administrative calendar, which counts every deadline, changed between working and resting: a
 * year's holiday arrangement arrived (it is announced each November, after deadlines into January were counted
 * without it) or an administrator corrected a day. Modules recount what they counted in working days over these
 * days. Ascending, never empty. {@code changedAt}: what was counted before then was counted without the change.
 */
public record WorkingDaysChanged(List<LocalDate> days, Instant changedAt) {

    public WorkingDaysChanged {
        days = List.copyOf(days);
    }
}
