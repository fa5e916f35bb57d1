package cn.zhuanban.schedule.engine;

import java.time.LocalDate;

/**
 * What the engine needs of a calendar: a numbering of working days by consecutive integers ("indexes"), so that all
 * scheduling arithmetic is integer arithmetic. Implementations must be O(1) or O(log n); the engine calls
 * {@link #dateAt} four times per task.
 */
public interface ScheduleCalendar {

    /** Index of the first working day on or after {@code date}. */
    int indexOnOrAfter(LocalDate date);

    /** Index of the last working day on or before {@code date}. */
    int indexOnOrBefore(LocalDate date);

    /** The working day with this index. */
    LocalDate dateAt(int index);
}
