package cn.zhuanban.schedule.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the passes' points into the result records: dates, floats, lights, critical path and shortfalls. Dates come
 * straight from the calendar, whose index already holds the date of every working day it covers: a per-run cache in
 * front of it cost more to fill than it saved.
 */
final class ScheduleAssembler {

    private final Plan plan;
    private final CpmPasses passes;
    private final ScheduleCalendar calendar;
    private final TaskTable tasks;
    /** Tasks (as the passes number them) with negative float. */
    private final List<Integer> shortTasks = new ArrayList<>();

    private LocalDate finish;

    private ScheduleAssembler(CpmPasses passes, ScheduleCalendar calendar) {
        this.plan = passes.plan();
        this.passes = passes;
        this.calendar = calendar;
        this.tasks = passes.tasks;
    }

    static ScheduleResult assemble(CpmPasses passes, ScheduleCalendar calendar) {
        return new ScheduleAssembler(passes, calendar).assemble();
    }

    private ScheduleResult assemble() {
        int n = tasks.size;
        TaskSchedule[] schedules = new TaskSchedule[n];
        int[] inputOf = passes.inputOf;
        int[] times = passes.times;
        byte[] state = tasks.state;
        int[] duration = tasks.duration;
        boolean[] startOfDay = passes.startOfDay;
        int lastFinish = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int out = inputOf == null ? i : inputOf[i];
            byte s = state[i];
            if (s == TaskTable.COMPLETE) {
                schedules[out] = complete(i);
                continue;
            }
            int at = 4 * i;
            int earlyFinish = times[at + CpmPasses.FINISH];
            int lateFinish = times[at + 3];
            LocalDate es;
            LocalDate ef;
            LocalDate ls;
            LocalDate lf;
            if (s == TaskTable.PLANNED && duration[i] == 0) {
                // A milestone shows one date for start and finish; a critical one shows its late date on its early one.
                int shown = startOfDay[i] ? earlyFinish + 1 : earlyFinish;
                lastFinish = Math.max(lastFinish, shown);
                es = ef = calendar.dateAt(shown);
                ls = lf = lateFinish == earlyFinish ? es : calendar.dateAt(lateFinish);
            } else {
                lastFinish = Math.max(lastFinish, earlyFinish);
                boolean started = s == TaskTable.IN_PROGRESS;
                es = started ? tasks.actualStart(i) : calendar.dateAt(times[at + CpmPasses.START] + 1);
                ef = calendar.dateAt(earlyFinish);
                ls = started ? es : calendar.dateAt(times[at + 2] + 1);
                lf = calendar.dateAt(lateFinish);
            }
            schedules[out] = schedule(i, es, ef, ls, lf, lateFinish - earlyFinish);
        }
        if (lastFinish != Integer.MIN_VALUE) {
            LocalDate planned = calendar.dateAt(lastFinish);
            finish = finish == null || planned.isAfter(finish) ? planned : finish;
        }
        return new ScheduleResult(
                finish, shortTasks.isEmpty(), unmodifiable(schedules), unmodifiable(criticalPath()), shortfalls());
    }

    /** Shortfalls in input order, whatever order the passes numbered the tasks in. */
    private List<FloatShortfall> shortfalls() {
        if (shortTasks.isEmpty()) {
            return List.of();
        }
        int[] inputOf = passes.inputOf;
        if (inputOf != null) {
            shortTasks.sort(Comparator.comparingInt(j -> inputOf[j]));
        }
        List<FloatShortfall> shortfalls = new ArrayList<>(shortTasks.size());
        for (int j : shortTasks) {
            shortfalls.add(new FloatShortfall(tasks.keys[j], passes.earlyFinish(j) - passes.lateFinish(j)));
        }
        return Collections.unmodifiableList(shortfalls);
    }

    private TaskSchedule schedule(int i, LocalDate es, LocalDate ef, LocalDate ls, LocalDate lf, int totalFloat) {
        if (totalFloat < 0) {
            shortTasks.add(i);
        }
        StatusLight light = StatusLightRule.light(plan, passes, i, totalFloat);
        return new TaskSchedule(tasks.keys[i], es, ef, ls, lf, totalFloat, passes.freeFloat[i], totalFloat <= 0, light);
    }

    private TaskSchedule complete(int i) {
        LocalDate start = tasks.actualStart(i);
        LocalDate end = tasks.actualFinish(i);
        finish = finish == null || end.isAfter(finish) ? end : finish;
        return new TaskSchedule(tasks.keys[i], start, end, start, end, 0, 0, false, StatusLight.GREEN);
    }

    /**
     * Critical tasks by early start, ties in topological order: one sort of packed longs (linear when sorted), sized
     * by a first count, since most plans have far fewer critical tasks than tasks.
     */
    private String[] criticalPath() {
        int[] order = passes.order;
        int n = tasks.size;
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += critical(i) ? 1 : 0;
        }
        long[] packed = new long[count];
        for (int t = 0, c = 0; c < count; t++) {
            int i = order == null ? t : order[t];
            if (critical(i)) {
                packed[c++] = ((passes.earlyStart(i) + 0x80000000L) << 32) | t;
            }
        }
        Arrays.sort(packed);
        String[] keys = new String[count];
        for (int c = 0; c < count; c++) {
            int t = (int) packed[c];
            keys[c] = tasks.keys[order == null ? t : order[t]];
        }
        return keys;
    }

    private boolean critical(int i) {
        return tasks.state[i] != TaskTable.COMPLETE && passes.lateFinish(i) <= passes.earlyFinish(i);
    }

    /** Wraps without copying: the arrays are fresh and never escape otherwise. */
    private static <T> List<T> unmodifiable(T[] values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }
}
