package cn.zhuanban.schedule.engine;

import java.time.LocalDate;

/**
 * Scheduled dates of one task. Finishes are inclusive (the last working day worked). A milestone shows the same date
 * as start and finish. Floats are in working days; total float is late finish minus early finish, which equals late
 * start minus early start for tasks not yet started.
 */
public record TaskSchedule(
        String key,
        LocalDate earlyStart,
        LocalDate earlyFinish,
        LocalDate lateStart,
        LocalDate lateFinish,
        int totalFloat,
        int freeFloat,
        boolean critical,
        StatusLight light) {}
