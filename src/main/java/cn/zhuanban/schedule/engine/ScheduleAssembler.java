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
    /** Tasks (as the passes number them) with negative float. */
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
     * One sweep for what the result states as a whole (finish, shortfalls, the size of the critical path); the tasks
     * themselves are read from the passes' arrays when asked for (see {@link TaskScheduleList}).
     */
    private ScheduleResult assemble() {
        int n = tasks.size;
        int[] inputOf = passes.inputOf;
        int[] times = passes.times;
        byte[] state = tasks.state;
        int[] duration = tasks.duration;
        boolean[] startOfDay = passes.startOfDay;
        int lastFinish = Integer.MIN_VALUE;
        int critical = 0;
        for (int i = 0; i < n; i++) {
            byte s = state[i];
            if (s == TaskTable.COMPLETE) {
                LocalDate end = tasks.actualFinish(i);
                finish = finish == null || end.isAfter(finish) ? end : finish;
                continue;
            }
            int at = 4 * i;
            int earlyFinish = times[at + CpmPasses.FINISH];
            int totalFloat = times[at + 3] - earlyFinish;
            // A milestone driven by a start shows on the day after its point.
            int shown = earlyFinish + (startOfDay[i] & s == TaskTable.PLANNED & duration[i] == 0 ? 1 : 0);
            lastFinish = Math.max(lastFinish, shown);
            critical += totalFloat <= 0 ? 1 : 0;
            if (totalFloat < 0) {
                shortTasks.add(i);
            }
        }
        if (lastFinish != Integer.MIN_VALUE) {
            LocalDate planned = calendar.dateAt(lastFinish);
            finish = finish == null || planned.isAfter(finish) ? planned : finish;
        }
        int[] passesNumber = null;
        if (inputOf != null) {
            passesNumber = new int[n];
            for (int i = 0; i < n; i++) {
                passesNumber[inputOf[i]] = i;
            }
        }
        return new ScheduleResult(
                finish,
                shortTasks.isEmpty(),
                new TaskScheduleList(passes, passesNumber, calendar),
                unmodifiable(criticalPath(critical)),
                shortfalls());
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

    /**
     * Critical tasks by early start, ties in topological order: one sort of packed longs (linear when sorted), sized
     * by the count of the sweep, since most plans have far fewer critical tasks than tasks.
     */
    private String[] criticalPath(int count) {
        int[] order = passes.order;
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
