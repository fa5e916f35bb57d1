package cn.zhuanban.calendar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * The repeating weekly pattern, answered in O(1) with whole-week arithmetic. It covers the days outside the indexed
 * range, where no holiday data exists and only the weekly rule can apply.
 */
final class WeeklyRule {

    /** 1970-01-05 was a Monday; counting weeks from a Monday keeps the per-week prefix table simple. */
    private static final long MONDAY_EPOCH_DAY = 4;

    private final Set<DayOfWeek> workWeek;
    private final boolean[] working = new boolean[7];
    /** prefix[k] = working days among the first k days of a Monday-based week. */
    private final int[] prefix = new int[8];
    /** weekday offsets (0 = Monday) of the working days of a week, in order. */
    private final int[] workingOffsets;

    WeeklyRule(Set<DayOfWeek> workWeek) {
        if (workWeek.isEmpty()) {
            throw new IllegalArgumentException("workWeek: at least one weekday must be a working day");
        }
        this.workWeek = Set.copyOf(EnumSet.copyOf(workWeek));
        for (DayOfWeek day : workWeek) {
            working[day.getValue() - 1] = true;
        }
        for (int k = 0; k < 7; k++) {
            prefix[k + 1] = prefix[k] + (working[k] ? 1 : 0);
        }
        workingOffsets = new int[prefix[7]];
        for (int k = 0, next = 0; k < 7; k++) {
            if (working[k]) {
                workingOffsets[next++] = k;
            }
        }
    }

    Set<DayOfWeek> workWeek() {
        return workWeek;
    }

    boolean isWorking(long epochDay) {
        return working[(int) Math.floorMod(epochDay - MONDAY_EPOCH_DAY, 7L)];
    }

    /** Working days from the reference Monday up to, not including, {@code epochDay} (negative before it). */
    long countBefore(long epochDay) {
        long days = epochDay - MONDAY_EPOCH_DAY;
        return Math.floorDiv(days, 7L) * workingOffsets.length + prefix[(int) Math.floorMod(days, 7L)];
    }

    /** The working day that has exactly {@code count} working days before it, counted as in {@link #countBefore}. */
    long workingDayWithCountBefore(long count) {
        long weeks = Math.floorDiv(count, (long) workingOffsets.length);
        int inWeek = (int) Math.floorMod(count, (long) workingOffsets.length);
        return MONDAY_EPOCH_DAY + weeks * 7 + workingOffsets[inWeek];
    }
}
