package cn.zhuanban.schedule.engine;

import java.time.LocalDate;

/**
 * Per-task facts of a compiled plan as parallel primitive arrays, indexed by task number (input order). Arrays for
 * constraints and progress are only allocated when some task has one: most plans have neither, and zeroing unused
 * arrays would cost as much as a scheduling pass.
 *
 * <p>Times are <em>points</em> between working days: point p is the end of working day p, which is also the start of
 * working day p + 1. A task of duration d occupies points [a, a + d]; it is shown starting on day a + 1 and finishing
 * on day a + d. A milestone (d = 0) is a single point. Every link rule of domain §4 becomes "point ≥ point + lag".
 */
final class TaskTable {

    static final byte PLANNED = 0;
    static final byte IN_PROGRESS = 1;
    static final byte COMPLETE = 2;

    static final byte NO_CONSTRAINT = 0;
    static final byte SNET = 1;
    static final byte FNLT = 2;
    static final byte MFO = 3;

    final int size;
    final String[] keys;
    /** Working days still to schedule: the duration, or the remaining duration once started. */
    final int[] duration;

    final byte[] state;
    private byte[] constraintType;
    private int[] constraintPoint;
    private Actuals actuals;

    /** Progress arrays, allocated together on the first task that reports progress. */
    private static final class Actuals {

        final int[] plannedDuration;
        final int[] startPoint;
        final int[] finishPoint;
        final LocalDate[] start;
        final LocalDate[] finish;
        final int[] percentComplete;

        Actuals(int size) {
            plannedDuration = new int[size];
            startPoint = new int[size];
            finishPoint = new int[size];
            start = new LocalDate[size];
            finish = new LocalDate[size];
            percentComplete = new int[size];
        }

        Actuals permuted(int[] order) {
            Actuals a = new Actuals(order.length);
            for (int j = 0; j < order.length; j++) {
                int i = order[j];
                a.plannedDuration[j] = plannedDuration[i];
                a.startPoint[j] = startPoint[i];
                a.finishPoint[j] = finishPoint[i];
                a.start[j] = start[i];
                a.finish[j] = finish[i];
                a.percentComplete[j] = percentComplete[i];
            }
            return a;
        }
    }

    TaskTable(int size) {
        this.size = size;
        keys = new String[size];
        duration = new int[size];
        state = new byte[size];
    }

    /** Fills durations directly; used by the benchmark and by tests that bypass the request records. */
    TaskTable(String[] keys, int[] duration) {
        this.size = keys.length;
        this.keys = keys;
        this.duration = duration;
        this.state = new byte[size];
    }

    /** The same tasks renumbered: task j of the copy is task {@code order[j]} of this table. */
    TaskTable permuted(int[] order) {
        TaskTable copy = new TaskTable(size);
        for (int j = 0; j < size; j++) {
            int i = order[j];
            copy.keys[j] = keys[i];
            copy.duration[j] = duration[i];
            copy.state[j] = state[i];
        }
        if (constraintType != null) {
            copy.constraintType = new byte[size];
            copy.constraintPoint = new int[size];
            for (int j = 0; j < size; j++) {
                copy.constraintType[j] = constraintType[order[j]];
                copy.constraintPoint[j] = constraintPoint[order[j]];
            }
        }
        if (actuals != null) {
            copy.actuals = actuals.permuted(order);
        }
        return copy;
    }

    void setConstraint(int task, byte type, int point) {
        if (constraintType == null) {
            constraintType = new byte[size];
            constraintPoint = new int[size];
        }
        constraintType[task] = type;
        constraintPoint[task] = point;
    }

    boolean hasConstraints() {
        return constraintType != null;
    }

    byte constraintType(int task) {
        return constraintType == null ? NO_CONSTRAINT : constraintType[task];
    }

    int constraintPoint(int task) {
        return constraintPoint[task];
    }

    /** True once some task reported progress (an actual date or a percentage). */
    boolean hasActuals() {
        return actuals != null;
    }

    void setPercentComplete(int task, int percent) {
        actuals().percentComplete[task] = percent;
    }

    /** Marks a task started (remaining work as its duration) or, with a finish, complete. */
    void setActuals(int task, LocalDate start, int startPoint, LocalDate finish, int finishPoint, int remaining) {
        Actuals a = actuals();
        a.plannedDuration[task] = duration[task];
        a.start[task] = start;
        a.startPoint[task] = startPoint;
        a.finish[task] = finish;
        a.finishPoint[task] = finishPoint;
        a.percentComplete[task] = finish != null ? 100 : a.percentComplete[task];
        state[task] = finish != null ? COMPLETE : IN_PROGRESS;
        duration[task] = finish != null ? 0 : remaining;
    }

    int plannedDuration(int task) {
        return state[task] == PLANNED ? duration[task] : actuals.plannedDuration[task];
    }

    int percentComplete(int task) {
        return actuals == null ? 0 : actuals.percentComplete[task];
    }

    int actualStartPoint(int task) {
        return actuals.startPoint[task];
    }

    int actualFinishPoint(int task) {
        return actuals.finishPoint[task];
    }

    LocalDate actualStart(int task) {
        return actuals.start[task];
    }

    LocalDate actualFinish(int task) {
        return actuals.finish[task];
    }

    boolean isMilestone(int task) {
        return state[task] == PLANNED && duration[task] == 0;
    }

    private Actuals actuals() {
        if (actuals == null) {
            actuals = new Actuals(size);
        }
        return actuals;
    }
}
