package cn.zhuanban.schedule.engine;

import java.time.LocalDate;

/**
 * Progress of a task as of the data date. A task with an actual finish is complete; with only an actual start it is
 * in progress and its remaining work is scheduled from the data date. The remaining duration is taken from
 * {@code remainingDuration}, else from {@code percentComplete}, else it is the full duration.
 *
 * @param actualStart day work began, or null
 * @param actualFinish day work ended, or null
 * @param percentComplete 0..100, or null
 * @param remainingDuration working days still needed, or null
 */
public record Progress(
        LocalDate actualStart, LocalDate actualFinish, Integer percentComplete, Integer remainingDuration) {

    public static final Progress NONE = new Progress(null, null, null, null);

    public static Progress started(LocalDate actualStart, int percentComplete) {
        return new Progress(actualStart, null, percentComplete, null);
    }

    public static Progress finished(LocalDate actualStart, LocalDate actualFinish) {
        return new Progress(actualStart, actualFinish, 100, 0);
    }

    public static Progress percent(int percentComplete) {
        return new Progress(null, null, percentComplete, null);
    }
}
