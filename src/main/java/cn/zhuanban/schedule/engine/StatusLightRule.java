package cn.zhuanban.schedule.engine;

/**
 * The parts of the domain §4 status light that the plan alone decides (monthly targets and tickets are judged
 * elsewhere). Points are as in {@link TaskTable}; the status point is the start of the status day.
 */
final class StatusLightRule {

    private StatusLightRule() {}

    /** Light of an unfinished task (passes' number i, points in {@link CpmPasses#times}); finished ones are green. */
    static StatusLight light(Plan plan, TaskTable tasks, int[] times, int i, int totalFloat) {
        int lateFinish = times[4 * i + 3];
        int dueIn = lateFinish - plan.statusPoint();
        if (totalFloat < 0 || dueIn <= 0) {
            return StatusLight.RED; // behind the target, or the late finish day has passed unfinished
        }
        LightRules rules = plan.lightRules();
        if (totalFloat <= rules.floatWarningDays()) {
            return StatusLight.YELLOW;
        }
        if (dueIn <= rules.dueSoonDays() && behindStraightLine(plan, tasks, times, i, lateFinish)) {
            return StatusLight.YELLOW;
        }
        return StatusLight.GREEN;
    }

    /**
     * Straight-line expectation: progress should grow evenly from the start (actual, else early) to the late finish.
     * Compared as cross-products so that no rounding decides a borderline case.
     */
    private static boolean behindStraightLine(Plan plan, TaskTable tasks, int[] times, int i, int lateFinish) {
        int start = times[4 * i + CpmPasses.START];
        int elapsed = plan.statusPoint() - start;
        if (elapsed <= 0) {
            return false;
        }
        int span = lateFinish - start;
        long percent = tasks.percentComplete(i);
        return span <= elapsed ? percent < 100 : percent * span < 100L * elapsed;
    }
}
