package cn.zhuanban.schedule;

import cn.zhuanban.schedule.engine.ScheduleResult;
import cn.zhuanban.schedule.engine.TaskSchedule;

/** Engine results in the API's shape. */
final class ScheduleViews {

    private ScheduleViews() {}

    static ScheduleView of(ScheduleResult result) {
        return new ScheduleView(
                result.finish(),
                result.feasible(),
                result.tasks().stream().map(ScheduleViews::task).toList(),
                result.criticalPath(),
                result.shortfalls().stream()
                        .map(s -> new ScheduleView.Shortfall(s.key(), s.workingDays()))
                        .toList());
    }

    private static ScheduleView.TaskView task(TaskSchedule t) {
        return new ScheduleView.TaskView(
                t.key(),
                t.earlyStart(),
                t.earlyFinish(),
                t.lateStart(),
                t.lateFinish(),
                t.totalFloat(),
                t.freeFloat(),
                t.critical(),
                t.light().name());
    }
}
