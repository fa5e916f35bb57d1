package cn.zhuanban.schedule.engine;

/**
 * The forward and backward passes of the critical path method over points (see {@link TaskTable}), in the order of
 * {@link TopologicalSort}. Four ints per task sit side by side in {@link #times} (start, early finish, late start,
 * late finish), so that following a link touches one cache line.
 */
final class CpmPasses {

    static final int START = 0;
    static final int FINISH = 1;
    private static final int LATE_START = 2;
    private static final int LATE_FINISH = 3;

    final int[] times;
    /** Task numbers, successors before predecessors (see TopologicalSort). */
    final int[] reverseOrder;

    final int[] freeFloat;
    /** For milestones: shown on the day after their point, because a start (not a finish) drove them. */
    final boolean[] startOfDay;

    int earlyFinishPoint = Integer.MIN_VALUE;
    int lateAnchor;

    private final Plan plan;
    private final TaskTable tasks;
    private final LinkGraph links;
    /** Start point each task's remaining work got (differs from its start once started), for free float. */
    private final int[] workStart;

    private int milestones;

    private CpmPasses(Plan plan, int[] reverseOrder) {
        this.plan = plan;
        this.tasks = plan.tasks();
        this.links = plan.links();
        this.reverseOrder = reverseOrder;
        int n = tasks.size;
        times = new int[4 * n];
        workStart = new int[n];
        freeFloat = new int[n];
        startOfDay = new boolean[n];
    }

    /**
     * Input number of each task the passes number j, or null when they run in input order (see {@link #run}).
     * Results are the same either way; only the memory order of the arrays differs.
     */
    int[] inputOf;

    /** @throws ScheduleCycleException when the links contain a cycle */
    static CpmPasses run(Plan plan) {
        return run(plan, true);
    }

    /**
     * With {@code relabel}, tasks of an input that is not in topological order are first renumbered in the order
     * the forward pass visits them. Both passes then walk the arrays front to back and the predecessors a link
     * reaches lie a little behind, in cache: on 100,000 shuffled tasks this more than halves the time of the
     * passes, for the price of one sequential copy of the task and link arrays.
     */
    static CpmPasses run(Plan plan, boolean relabel) {
        int[] reverseOrder = TopologicalSort.reverseOrder(plan.tasks(), plan.links());
        int[] inputOf = null;
        if (relabel && !TopologicalSort.isDescending(reverseOrder)) {
            int n = reverseOrder.length;
            inputOf = new int[n];
            int[] position = new int[n];
            for (int t = 0; t < n; t++) {
                int i = reverseOrder[n - 1 - t];
                inputOf[t] = i;
                position[i] = t;
            }
            plan = new Plan(
                    plan.tasks().permuted(inputOf),
                    plan.links().permuted(inputOf, position),
                    plan.plannedFloor(),
                    plan.remainingFloor(),
                    plan.targetPoint(),
                    plan.statusPoint(),
                    plan.lightRules());
            reverseOrder = TopologicalSort.descending(n);
        }
        CpmPasses passes = new CpmPasses(plan, reverseOrder);
        passes.inputOf = inputOf;
        passes.forward();
        passes.lateAnchor = plan.targetPoint() != Plan.NONE ? plan.targetPoint() : passes.earlyFinishPoint;
        passes.backward();
        if (passes.milestones > 0) {
            passes.milestoneAnchors();
        }
        return passes;
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
        return times[4 * i + LATE_START];
    }

    int lateFinish(int i) {
        return times[4 * i + LATE_FINISH];
    }

    /** Predecessors first: each task pulls its earliest start from its predecessors' points. */
    private void forward() {
        int[] inStart = links.inStart;
        int[] selector = links.inSelector;
        int[] offset = links.inOffset;
        for (int t = reverseOrder.length - 1; t >= 0; t--) {
            int i = reverseOrder[t];
            byte state = tasks.state[i];
            if (state == TaskTable.COMPLETE) {
                place(i, tasks.actualStartPoint(i), tasks.actualFinishPoint(i), LinkGraph.UNBOUNDED);
                continue;
            }
            int a = state == TaskTable.PLANNED ? plan.plannedFloor() : plan.remainingFloor();
            for (int k = inStart[i], end = inStart[i + 1]; k < end; k++) {
                a = Math.max(a, times[selector[k]] + offset[k]);
            }
            if (state == TaskTable.PLANNED) {
                placePlanned(i, a);
            } else {
                place(i, tasks.actualStartPoint(i), a + tasks.duration[i], a);
            }
        }
    }

    private void placePlanned(int i, int a) {
        int d = tasks.duration[i];
        switch (tasks.constraintType(i)) {
            case TaskTable.SNET -> a = Math.max(a, tasks.constraintPoint(i));
            // Must-finish-on overrides the logic, as in P6; broken logic then shows up as negative float.
            case TaskTable.MFO -> a = tasks.constraintPoint(i) - d;
            default -> {}
        }
        milestones += d == 0 ? 1 : 0;
        place(i, a, a + d, a);
    }

    /** Complete tasks get an unbounded work start: they give their predecessors no free-float bound. */
    private void place(int i, int start, int finish, int work) {
        times[4 * i + START] = start;
        times[4 * i + FINISH] = finish;
        times[4 * i + LATE_FINISH] = LinkGraph.UNBOUNDED; // successors push their bounds here, backward
        workStart[i] = work;
        freeFloat[i] = Integer.MAX_VALUE; // successors lower it, backward
        earlyFinishPoint = Math.max(earlyFinishPoint, finish);
    }

    /**
     * Successors first: each task, once its late finish is final, pushes bounds to its predecessors' late finish and
     * free float (how far each link could stretch before it moved this task).
     */
    private void backward() {
        for (int i : reverseOrder) {
            if (tasks.state[i] == TaskTable.COMPLETE) {
                // Done work constrains nobody: a finished successor must not pull its predecessors earlier.
                times[4 * i + LATE_START] = LinkGraph.UNBOUNDED;
                times[4 * i + LATE_FINISH] = LinkGraph.UNBOUNDED;
                continue;
            }
            int finish = times[4 * i + FINISH];
            int late = constrainFinish(i, Math.min(times[4 * i + LATE_FINISH], lateAnchor));
            times[4 * i + LATE_FINISH] = late;
            times[4 * i + LATE_START] = late - tasks.duration[i];
            // Without successors a task may slip to the late anchor; free float never exceeds total float.
            freeFloat[i] = Math.max(0, Math.min(Math.min(freeFloat[i], lateAnchor - finish), late - finish));
            pushToPredecessors(i, late - tasks.duration[i], workStart[i]);
        }
    }

    private void pushToPredecessors(int i, int lateStart, int work) {
        int[] selector = links.inSelector;
        int[] offset = links.inOffset;
        int[] backOffset = links.inBackOffset;
        for (int k = links.inStart[i], end = links.inStart[i + 1]; k < end; k++) {
            int p = selector[k] & ~3;
            times[p + LATE_FINISH] = Math.min(times[p + LATE_FINISH], lateStart + backOffset[k]);
            int slack = work - times[selector[k]] - offset[k];
            freeFloat[p >> 2] = Math.min(freeFloat[p >> 2], slack);
        }
    }

    private int constrainFinish(int i, int late) {
        return switch (tasks.constraintType(i)) {
            case TaskTable.FNLT -> Math.min(late, tasks.constraintPoint(i));
            case TaskTable.MFO -> tasks.constraintPoint(i);
            default -> late;
        };
    }

    /*
     * Milestone display. A milestone sits at the end of the day on which its driver finishes (domain §4), but that
     * point is also the start of the next working day, and that is where it is shown when a start drives it: a
     * kick-off milestone shows on the project start, not on the working day before. The reading follows P6's
     * arithmetic on times of day: a start is at the start of a day and a finish at its end; a positive lag ends at
     * the end of a day, a negative one at the start of one; SS without lag moves to the next start. When drivers
     * tie, the start reading wins, as 08:00 Monday is later than 17:00 Friday for P6.
     */

    private void milestoneAnchors() {
        for (int t = reverseOrder.length - 1; t >= 0; t--) {
            int i = reverseOrder[t];
            if (tasks.isMilestone(i) && tasks.constraintType(i) != TaskTable.MFO) {
                startOfDay[i] = drivenByAStart(i);
            }
        }
    }

    private boolean drivenByAStart(int i) {
        int point = times[4 * i + START];
        boolean linkDrives = false;
        for (int k = links.inStart[i], end = links.inStart[i + 1]; k < end; k++) {
            if (times[links.inSelector[k]] + links.inOffset[k] == point) {
                if (candidateAtStartOfDay(k)) {
                    return true;
                }
                linkDrives = true;
            }
        }
        if (tasks.constraintType(i) == TaskTable.SNET && point == tasks.constraintPoint(i)) {
            return true;
        }
        // The project start (or data date) drives only when no link reaches the point: it is a floor, not a driver.
        return !linkDrives && point == plan.plannedFloor();
    }

    /** For a milestone successor the offset is the lag itself (its duration is 0). */
    private boolean candidateAtStartOfDay(int k) {
        int lag = links.inOffset[k];
        if (lag != 0) {
            return lag < 0;
        }
        int p = links.predecessor(k);
        boolean milestone = tasks.isMilestone(p);
        return switch (links.inType[k]) {
            case 1 -> true; // SS: the next start
            case 3 -> !milestone || startOfDay[p]; // SF: the predecessor's start
            default -> milestone && startOfDay[p]; // FS, FF: the predecessor's finish
        };
    }
}
