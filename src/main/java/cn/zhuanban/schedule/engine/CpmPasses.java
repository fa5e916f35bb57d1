package cn.zhuanban.schedule.engine;

/**
 * The forward and backward passes of the critical path method over points (see {@link TaskTable}), in the order of
 * {@link TopologicalSort}. Four ints per task sit side by side in {@link #times} (start, early finish, free float,
 * late finish), so that following a link touches one cache line. During the backward pass the free float slot of a
 * task not yet reached collects the least slack its successors' links leave, so that a link's two pushes land on the
 * same cache line; once the task is reached it holds its free float. The late start is not stored: it is the late
 * finish less the (remaining) duration.
 */
final class CpmPasses {

    static final int START = 0;
    static final int FINISH = 1;
    static final int FREE_FLOAT = 2;
    private static final int LATE_FINISH = 3;

    final int[] times;
    /**
     * Task numbers in the order the passes visit them (predecessors first), or null when that is the numbering
     * itself: the input was in topological order, or the tasks were renumbered (see {@link #run}).
     */
    final int[] order;

    /** For milestones: shown on the day after their point, because a start (not a finish) drove them. */
    final boolean[] startOfDay;

    int earlyFinishPoint = Integer.MIN_VALUE;
    /**
     * The latest point an unfinished task shows on (a milestone driven by a start shows on the day after its point),
     * or {@link Integer#MIN_VALUE} when every task is complete: the planned finish of the result.
     */
    int lastShownPoint = Integer.MIN_VALUE;

    int lateAnchor;

    /**
     * Visit positions of the critical tasks (unfinished, late finish not after the early finish), the first
     * {@link #criticalCount} entries, latest visited first. The backward pass collects them as it settles each task,
     * so no sweep over all tasks looks for them again.
     */
    int[] critical;

    int criticalCount;

    private final Plan plan;
    /** The plan's tasks in the numbering of the passes. */
    final TaskTable tasks;

    final LinkGraph links;
    /**
     * Input number of each task the passes number j, or null when they run in input order (see {@link #run}).
     * Results are the same either way; only the memory order of the arrays differs.
     */
    final int[] inputOf;

    private CpmPasses(Plan plan, TaskTable tasks, LinkGraph links, int[] order, int[] inputOf) {
        this.plan = plan;
        this.tasks = tasks;
        this.links = links;
        this.order = order;
        this.inputOf = inputOf;
        int n = tasks.size;
        times = new int[4 * n];
        startOfDay = new boolean[n];
    }

    /** @throws ScheduleCycleException when the links contain a cycle */
    static CpmPasses run(Plan plan) {
        return run(plan, plan.tasks().size >= RELABEL_FROM);
    }

    /** Plans from this size on are renumbered (see {@link #run(Plan, boolean)}). */
    static final int RELABEL_FROM = 1 << 14;

    /**
     * With {@code relabel}, tasks of an input that is not in topological order are renumbered in the order the
     * forward pass visits them, and the link graph is built directly in that numbering. Both passes then walk the
     * arrays front to back and the predecessors a link reaches lie a little behind, in cache: on 100,000 shuffled
     * tasks the passes take a fraction of the time, for the price of a bare predecessor grouping (one int per link)
     * for the sort and one copy of the task arrays. Below {@link #RELABEL_FROM} tasks the arrays fit in a core's cache
     * and that price is not recovered (10,000 shuffled tasks renumbered: about a third slower in the JMH benchmark), so
     * the graph is built once in input numbering, sorted, and walked in the sorted order.
     */
    static CpmPasses run(Plan plan, boolean relabel) {
        TaskTable tasks = plan.tasks();
        LinkList list = plan.links();
        if (TopologicalSort.inputIsSorted(list)) {
            return new CpmPasses(plan, tasks, LinkGraph.build(tasks, list), null, null).schedule();
        }
        int n = tasks.size;
        if (!relabel) {
            int[] successors = new int[n];
            LinkGraph links = LinkGraph.build(tasks, list, successors);
            int[] order = visitOrder(TopologicalSort.reverseOrder(tasks, links, successors), n);
            return new CpmPasses(plan, tasks, links, order, null).schedule();
        }
        int[] inputStart = new int[n + 2];
        int[] inputOf = visitOrder(TopologicalSort.reverseOrder(tasks, list, inputStart), n);
        int[] position = new int[n];
        for (int t = 0; t < n; t++) {
            position[inputOf[t]] = t;
        }
        LinkGraph links = LinkGraph.build(tasks, list, position, inputStart);
        return new CpmPasses(plan, tasks.permuted(inputOf), links, null, inputOf).schedule();
    }

    /** Kahn's order from the sinks, read from the end: the order the forward pass visits tasks in. */
    private static int[] visitOrder(int[] reverseOrder, int n) {
        int[] order = new int[n];
        for (int t = 0; t < n; t++) {
            order[t] = reverseOrder[n - 1 - t];
        }
        return order;
    }

    private CpmPasses schedule() {
        forward();
        lateAnchor = plan.targetPoint() != Plan.NONE ? plan.targetPoint() : earlyFinishPoint;
        backward();
        return this;
    }

    Plan plan() {
        return plan;
    }

    int earlyStart(int i) {
        return times[4 * i + START];
    }

    int earlyFinish(int i) {
        return times[4 * i + FINISH];
    }

    int lateStart(int i) {
        return times[4 * i + LATE_FINISH] - tasks.duration[i];
    }

    int freeFloat(int i) {
        return times[4 * i + FREE_FLOAT];
    }

    int lateFinish(int i) {
        return times[4 * i + LATE_FINISH];
    }

    /**
     * Predecessors first: each task pulls its earliest start from its predecessors' points. Complete tasks sit on
     * their actuals; started ones keep their actual start and schedule the remaining work from the data date. The
     * loop keeps its running figures in locals: written to fields per task, they would be stores the JIT must keep.
     */
    private void forward() {
        int[] inStart = links.inStart;
        int[] data = links.data;
        int[] times = this.times;
        int[] order = this.order;
        byte[] state = tasks.state;
        int[] duration = tasks.duration;
        boolean constraints = tasks.hasConstraints();
        int plannedFloor = plan.plannedFloor();
        int remainingFloor = plan.remainingFloor();
        int latest = Integer.MIN_VALUE;
        int lastShown = Integer.MIN_VALUE;
        for (int t = 0, n = tasks.size; t < n; t++) {
            int i = order == null ? t : order[t];
            int at = 4 * i;
            byte s = state[i];
            int start;
            int finish;
            if (s == TaskTable.COMPLETE) {
                start = tasks.actualStartPoint(i);
                finish = tasks.actualFinishPoint(i);
            } else {
                int a = s == TaskTable.PLANNED ? plannedFloor : remainingFloor;
                for (int k = LinkGraph.STRIDE * inStart[i], end = LinkGraph.STRIDE * inStart[i + 1];
                        k < end;
                        k += LinkGraph.STRIDE) {
                    a = Math.max(a, times[data[k + LinkGraph.SELECTOR] & LinkGraph.POINT] + data[k + LinkGraph.OFFSET]);
                }
                int d = duration[i];
                int shownLater = 0;
                if (s == TaskTable.PLANNED) {
                    if (constraints) {
                        switch (tasks.constraintType(i)) {
                            case TaskTable.SNET -> a = Math.max(a, tasks.constraintPoint(i));
                            // Must-finish-on overrides the logic, as in P6; broken logic then shows as negative float.
                            case TaskTable.MFO -> a = tasks.constraintPoint(i) - d;
                            default -> {}
                        }
                    }
                    if (d == 0 && (!constraints || tasks.constraintType(i) != TaskTable.MFO)) {
                        // Its predecessors' readings are final and their points still in cache: read it now.
                        boolean atStartOfDay = MilestoneReading.drivenByAStart(this, i, a);
                        startOfDay[i] = atStartOfDay;
                        shownLater = atStartOfDay ? 1 : 0;
                    }
                    start = a;
                } else {
                    start = tasks.actualStartPoint(i);
                }
                finish = a + d;
                lastShown = Math.max(lastShown, finish + shownLater);
            }
            times[at + START] = start;
            times[at + FINISH] = finish;
            times[at + FREE_FLOAT] = Integer.MAX_VALUE; // lowered by successors in the backward pass
            times[at + LATE_FINISH] = LinkGraph.UNBOUNDED; // successors push their bounds here, backward
            latest = Math.max(latest, finish);
        }
        earlyFinishPoint = latest;
        lastShownPoint = lastShown;
    }

    /**
     * Successors first: each task, once its late finish is final, pushes bounds to its predecessors' late finish and
     * free float (how far each link could stretch before it moved this task). The point a task's remaining work
     * starts from is its start when planned and its early finish less the remaining duration once started; complete
     * tasks push nothing, so they bound no predecessor's free float.
     */
    private void backward() {
        int[] inStart = links.inStart;
        int[] data = links.data;
        int[] times = this.times;
        int[] order = this.order;
        byte[] state = tasks.state;
        int[] duration = tasks.duration;
        boolean constraints = tasks.hasConstraints();
        int anchor = lateAnchor;
        int[] critical = new int[tasks.size];
        int c = 0;
        for (int t = tasks.size - 1; t >= 0; t--) {
            int i = order == null ? t : order[t];
            int at = 4 * i;
            byte s = state[i];
            if (s == TaskTable.COMPLETE) {
                // Done work constrains nobody: a finished successor must not pull its predecessors earlier.
                // Its free float slot keeps the collected slack: not shown, complete tasks show 0.
                times[at + LATE_FINISH] = LinkGraph.UNBOUNDED;
                continue;
            }
            int finish = times[at + FINISH];
            int late = Math.min(times[at + LATE_FINISH], anchor);
            if (constraints) {
                late = constrainFinish(i, late);
            }
            int lateStart = late - duration[i];
            // Without successors a task may slip to the late anchor; free float never exceeds total float.
            times[at + FREE_FLOAT] =
                    Math.max(0, Math.min(Math.min(times[at + FREE_FLOAT], anchor - finish), late - finish));
            times[at + LATE_FINISH] = late;
            critical[c] = t; // written for every task, kept (the count moves on) for a critical one: no branch
            c += late <= finish ? 1 : 0;
            int work = s == TaskTable.PLANNED ? times[at + START] : finish - duration[i];
            for (int k = LinkGraph.STRIDE * inStart[i], end = LinkGraph.STRIDE * inStart[i + 1];
                    k < end;
                    k += LinkGraph.STRIDE) {
                int selector = data[k + LinkGraph.SELECTOR];
                int p = selector & ~3;
                times[p + LATE_FINISH] = Math.min(times[p + LATE_FINISH], lateStart + data[k + LinkGraph.BACK_OFFSET]);
                int slack = work - times[selector & LinkGraph.POINT] - data[k + LinkGraph.OFFSET];
                times[p + FREE_FLOAT] = Math.min(times[p + FREE_FLOAT], slack);
            }
        }
        this.critical = critical;
        this.criticalCount = c;
    }

    private int constrainFinish(int i, int late) {
        return switch (tasks.constraintType(i)) {
            case TaskTable.FNLT -> Math.min(late, tasks.constraintPoint(i));
            case TaskTable.MFO -> tasks.constraintPoint(i);
            default -> late;
        };
    }
}
