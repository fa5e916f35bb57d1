package cn.zhuanban.schedule.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the passes' points into the result: finish, critical path and shortfalls here, the per-task records (dates,
 * floats, lights) on reading (see {@link TaskScheduleList}). Dates come straight from the calendar, whose index
 * already holds the date of every working day it covers: a per-run cache in front of it cost more to fill than it
 * saved.
 */
final class ScheduleAssembler {

    private final CpmPasses passes;
    private final ScheduleCalendar calendar;
    private final TaskTable tasks;
    /** Tasks (as the passes number them) with negative float, in no particular order until {@link #shortfalls}. */
    private final List<Integer> shortTasks = new ArrayList<>();

    private LocalDate finish;

    private ScheduleAssembler(CpmPasses passes, ScheduleCalendar calendar) {
        this.passes = passes;
        this.calendar = calendar;
        this.tasks = passes.tasks;
    }

    static ScheduleResult assemble(CpmPasses passes, ScheduleCalendar calendar) {
        return new ScheduleAssembler(passes, calendar).assemble();
    }

    /**
     * What the result states as a whole: the passes have collected the critical tasks (the short ones among them) and
     * the latest point an unfinished task shows on, so only complete tasks, when there are any, need a sweep here. The
     * tasks themselves are read from the passes' arrays when asked for (see {@link TaskScheduleList}).
     */
    private ScheduleResult assemble() {
        int n = tasks.size;
        if (tasks.hasActuals()) {
            for (int i = 0; i < n; i++) {
                if (tasks.state[i] == TaskTable.COMPLETE) {
                    LocalDate end = tasks.actualFinish(i);
                    finish = finish == null || end.isAfter(finish) ? end : finish;
                }
            }
        }
        if (passes.lastShownPoint != Integer.MIN_VALUE) {
            LocalDate planned = calendar.dateAt(passes.lastShownPoint);
            finish = finish == null || planned.isAfter(finish) ? planned : finish;
        }
        int[] inputOf = passes.inputOf;
        int[] passesNumber = null;
        if (inputOf != null) {
            passesNumber = new int[n];
            for (int i = 0; i < n; i++) {
                passesNumber[inputOf[i]] = i;
            }
        }
        String[] criticalPath = criticalPath(); // first: it notes the short tasks the next arguments read
        return new ScheduleResult(
                finish,
                shortTasks.isEmpty(),
                new TaskScheduleList(passes, passesNumber, calendar),
                unmodifiable(criticalPath),
                shortfalls());
    }

    /** Shortfalls in input order, whatever order the passes numbered the tasks in. */
    private List<FloatShortfall> shortfalls() {
        if (shortTasks.isEmpty()) {
            return List.of();
        }
        int[] inputOf = passes.inputOf;
        shortTasks.sort(Comparator.comparingInt(j -> inputOf == null ? j : inputOf[j]));
        List<FloatShortfall> shortfalls = new ArrayList<>(shortTasks.size());
        for (int j : shortTasks) {
            shortfalls.add(new FloatShortfall(tasks.keys[j], passes.earlyFinish(j) - passes.lateFinish(j)));
        }
        return Collections.unmodifiableList(shortfalls);
    }

    /**
     * Critical tasks (as the backward pass collected them) by early start, ties in the order the passes visit tasks
     * (topological order): one sort of packed longs, linear when sorted. Notes the short ones (negative float) on the
     * way: every short task is critical.
     */
    private String[] criticalPath() {
        int[] order = passes.order;
        int count = passes.criticalCount;
        long[] packed = new long[count];
        for (int c = 0; c < count; c++) {
            int t = passes.critical[c];
            int i = order == null ? t : order[t];
            packed[c] = ((passes.earlyStart(i) + 0x80000000L) << 32) | t;
            if (passes.lateFinish(i) < passes.earlyFinish(i)) {
                shortTasks.add(i);
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

    /** Wraps without copying: the arrays are fresh and never escape otherwise. */
    private static <T> List<T> unmodifiable(T[] values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }
}
