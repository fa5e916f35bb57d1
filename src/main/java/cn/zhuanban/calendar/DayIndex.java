package cn.zhuanban.calendar;

import java.time.LocalDate;

/**
 * Precomputed working-day counts over a fixed range of days, so that every calendar question is an array lookup
 * instead of a walk over days. Outside the range the weekly rule continues the count arithmetically.
 *
 * <p>The <em>index</em> of a working day is the number of working days before it, counted from the first day of the
 * range; days before the range get negative indexes. Indexes are what the scheduling engine computes with.
 */
final class DayIndex {

    private final WeeklyRule weekly;
    private final long firstDay;
    private final int length;
    /** cumulative[i] = working days in [firstDay, firstDay + i). */
    private final int[] cumulative;
    /** workingDates[k] = the working day with index k, cached because the engine converts many indexes to dates. */
    private final LocalDate[] workingDates;

    private final long weeklyCountAtStart;
    private final long weeklyCountAtEnd;

    DayIndex(WeeklyRule weekly, long firstDay, boolean[] working) {
        this.weekly = weekly;
        this.firstDay = firstDay;
        this.length = working.length;
        this.cumulative = new int[length + 1];
        for (int i = 0; i < length; i++) {
            cumulative[i + 1] = cumulative[i] + (working[i] ? 1 : 0);
        }
        this.workingDates = new LocalDate[cumulative[length]];
        for (int i = 0, k = 0; i < length; i++) {
            if (working[i]) {
                workingDates[k++] = LocalDate.ofEpochDay(firstDay + i);
            }
        }
        this.weeklyCountAtStart = weekly.countBefore(firstDay);
        this.weeklyCountAtEnd = weekly.countBefore(firstDay + length);
    }

    boolean isWorking(long epochDay) {
        long offset = epochDay - firstDay;
        if (offset < 0 || offset >= length) {
            return weekly.isWorking(epochDay);
        }
        return cumulative[(int) offset + 1] != cumulative[(int) offset];
    }

    /** Working days before {@code epochDay}; equals the index of the first working day on or after it. */
    int countBefore(long epochDay) {
        long offset = epochDay - firstDay;
        if (offset < 0) {
            return Math.toIntExact(weekly.countBefore(epochDay) - weeklyCountAtStart);
        }
        if (offset <= length) {
            return cumulative[(int) offset];
        }
        return Math.toIntExact(cumulative[length] + weekly.countBefore(epochDay) - weeklyCountAtEnd);
    }

    LocalDate dateAt(int index) {
        if (index >= 0 && index < workingDates.length) {
            return workingDates[index];
        }
        long weeklyCount =
                index < 0 ? weeklyCountAtStart + index : weeklyCountAtEnd + (index - (long) workingDates.length);
        return LocalDate.ofEpochDay(weekly.workingDayWithCountBefore(weeklyCount));
    }
}
