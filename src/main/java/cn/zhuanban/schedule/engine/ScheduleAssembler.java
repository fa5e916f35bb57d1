package cn.zhuanban.schedule.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Turns the passes' points into the result records: dates, floats, lights, critical path and shortfalls. */
final class ScheduleAssembler {

    private final Plan plan;
    private final CpmPasses passes;
    private final ScheduleCalendar calendar;
    private final TaskTable tasks;
    /** Tasks (as the passes number them) with negative float. */
    private final List<Integer> shortTasks = new ArrayList<>();

    private LocalDate finish;
    /** Dates of the points the plan spans, looked up once each: four dates a task mostly repeat a few days. */
    private final LocalDate[] dates;

    private final int firstPoint;

    private ScheduleAssembler(CpmPasses passes, ScheduleCalendar calendar) {
        this.plan = passes.plan();
        this.passes = passes;
        this.calendar = calendar;
        this.tasks = plan.tasks();
        int from = Math.min(plan.plannedFloor(), plan.remainingFloor());
        long span = (long) Math.max(passes.earlyFinishPoint, passes.lateAnchor) + 2 - from;
        boolean cache = tasks.size > 0 && span > 0 && span <= 4L * tasks.size + 1024;
        this.firstPoint = from;
        this.dates = cache ? new LocalDate[(int) span] : new LocalDate[0];
    }

    static ScheduleResult assemble(CpmPasses passes, ScheduleCalendar calendar) {
        return new ScheduleAssembler(passes, calendar).assemble();
    }

    private ScheduleResult assemble() {
        TaskSchedule[] schedules = new TaskSchedule[tasks.size];
        int[] inputOf = passes.inputOf;
        int lastFinish = Integer.MIN_VALUE;
        for (int i = 0; i < tasks.size; i++) {
            int out = inputOf == null ? i : inputOf[i];
            if (tasks.state[i] == TaskTable.COMPLETE) {
                schedules[out] = complete(i);
                continue;
            }
            boolean milestone = tasks.isMilestone(i);
            schedules[out] = milestone ? milestone(i) : task(i);
            int shownFinish = passes.earlyFinish(i) + (milestone && passes.startOfDay[i] ? 1 : 0);
            lastFinish = Math.max(lastFinish, shownFinish);
        }
        if (lastFinish != Integer.MIN_VALUE) {
            LocalDate planned = date(lastFinish);
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

    private LocalDate date(int point) {
        int slot = point - firstPoint;
        if (slot < 0 || slot >= dates.length) {
            return calendar.dateAt(point);
        }
        LocalDate date = dates[slot];
        if (date == null) {
            date = calendar.dateAt(point);
            dates[slot] = date;
        }
        return date;
    }

    private TaskSchedule task(int i) {
        boolean started = tasks.state[i] == TaskTable.IN_PROGRESS;
        LocalDate earlyStart = started ? tasks.actualStart(i) : date(passes.earlyStart(i) + 1);
        LocalDate lateStart = started ? tasks.actualStart(i) : date(passes.lateStart(i) + 1);
        LocalDate earlyFinish = date(passes.earlyFinish(i));
        LocalDate lateFinish = date(passes.lateFinish(i));
        return schedule(i, earlyStart, earlyFinish, lateStart, lateFinish);
    }

    /** One date for start and finish; a critical milestone shows its late date on its early date. */
    private TaskSchedule milestone(int i) {
        int point = passes.earlyFinish(i);
        LocalDate early = date(passes.startOfDay[i] ? point + 1 : point);
        int latePoint = passes.lateFinish(i);
        LocalDate late = latePoint == point ? early : date(latePoint);
        return schedule(i, early, early, late, late);
    }

    private TaskSchedule schedule(int i, LocalDate es, LocalDate ef, LocalDate ls, LocalDate lf) {
        int totalFloat = passes.lateFinish(i) - passes.earlyFinish(i);
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

    /** Critical tasks by early start, ties in topological order: one sort of packed longs (linear when sorted). */
    private String[] criticalPath() {
        int[] reverseOrder = passes.reverseOrder;
        int n = reverseOrder.length;
        long[] packed = new long[n];
        int count = 0;
        for (int t = 0; t < n; t++) {
            int i = reverseOrder[n - 1 - t];
            if (tasks.state[i] != TaskTable.COMPLETE && passes.lateFinish(i) <= passes.earlyFinish(i)) {
                packed[count++] = ((passes.earlyStart(i) + 0x80000000L) << 32) | t;
            }
        }
        Arrays.sort(packed, 0, count);
        String[] keys = new String[count];
        for (int c = 0; c < count; c++) {
            keys[c] = tasks.keys[reverseOrder[n - 1 - (int) packed[c]]];
        }
        return keys;
    }

    /** Wraps without copying: the arrays are fresh and never escape otherwise. */
    private static <T> List<T> unmodifiable(T[] values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }
}
