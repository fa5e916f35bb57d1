package cn.zhuanban.schedule.engine;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The tasks of a result, in input order, read from the passes' arrays: each {@link TaskSchedule} is made when it is
 * asked for. A run thus allocates no record and looks up no date per task; a reader that walks every task (the API's
 * JSON, the plan pages) pays the same as an eager list would have, once per read. Unmodifiable; the arrays are never
 * written after the passes, so the list is as thread-safe as the immutable result that holds it.
 */
final class TaskScheduleList extends AbstractList<TaskSchedule> implements RandomAccess {

    private final Plan plan;
    private final TaskTable tasks;
    private final int[] times;
    private final boolean[] startOfDay;
    /** Passes' number of each input task, or null when they are the same. */
    private final int[] passesNumber;

    private final ScheduleCalendar calendar;

    TaskScheduleList(CpmPasses passes, int[] passesNumber, ScheduleCalendar calendar) {
        this.plan = passes.plan();
        this.tasks = passes.tasks;
        this.times = passes.times;
        this.startOfDay = passes.startOfDay;
        this.passesNumber = passesNumber;
        this.calendar = calendar;
    }

    @Override
    public int size() {
        return tasks.size;
    }

    @Override
    public TaskSchedule get(int index) {
        int i = passesNumber == null ? index : passesNumber[index];
        byte s = tasks.state[i];
        if (s == TaskTable.COMPLETE) {
            LocalDate start = tasks.actualStart(i);
            LocalDate end = tasks.actualFinish(i);
            return new TaskSchedule(tasks.keys[i], start, end, start, end, 0, 0, false, StatusLight.GREEN);
        }
        int at = 4 * i;
        int earlyFinish = times[at + CpmPasses.FINISH];
        int lateFinish = times[at + 3];
        LocalDate es;
        LocalDate ef;
        LocalDate ls;
        LocalDate lf;
        if (s == TaskTable.PLANNED && tasks.duration[i] == 0) {
            // A milestone shows one date for start and finish; a critical one shows its late date on its early one.
            int shown = startOfDay[i] ? earlyFinish + 1 : earlyFinish;
            es = ef = calendar.dateAt(shown);
            ls = lf = lateFinish == earlyFinish ? es : calendar.dateAt(lateFinish);
        } else {
            boolean started = s == TaskTable.IN_PROGRESS;
            es = started ? tasks.actualStart(i) : calendar.dateAt(times[at + CpmPasses.START] + 1);
            ef = calendar.dateAt(earlyFinish);
            ls = started ? es : calendar.dateAt(lateFinish - tasks.duration[i] + 1);
            lf = calendar.dateAt(lateFinish);
        }
        int totalFloat = lateFinish - earlyFinish;
        StatusLight light = StatusLightRule.light(plan, tasks, times, i, totalFloat);
        return new TaskSchedule(
                tasks.keys[i], es, ef, ls, lf, totalFloat, times[at + CpmPasses.FREE_FLOAT], totalFloat <= 0, light);
    }
}
