package cn.zhuanban.schedule.engine;

/**
 * The parts of the domain §4 status light that the plan alone decides (monthly targets and tickets are judged
 * elsewhere). Points are as in {@link TaskTable}; the status point is the start of the status day.
 */
final class StatusLightRule {

    private StatusLightRule() {}

    /** Light of an unfinished task; finished tasks are always green. */
    static StatusLight light(Plan plan, CpmPasses passes, int i, int totalFloat) {
        int lateFinish = passes.lateFinish(i);
        int dueIn = lateFinish - plan.statusPoint();
        if (totalFloat < 0 || dueIn <= 0) {
            return StatusLight.RED; // behind the target, or the late finish day has passed unfinished
        }
        LightRules rules = plan.lightRules();
        if (totalFloat <= rules.floatWarningDays()) {
            return StatusLight.YELLOW;
        }
        if (dueIn <= rules.dueSoonDays() && behindStraightLine(plan, passes, i, lateFinish)) {
            return StatusLight.YELLOW;
        }
        return StatusLight.GREEN;
    }

    /**
     * Straight-line expectation: progress should grow evenly from the start (actual, else early) to the late finish.
     * Compared as cross-products so that no rounding decides a borderline case.
     */
    private static boolean behindStraightLine(Plan plan, CpmPasses passes, int i, int lateFinish) {
        int start = passes.earlyStart(i);
        int elapsed = plan.statusPoint() - start;
        if (elapsed <= 0) {
            return false;
        }
        int span = lateFinish - start;
        long percent = passes.tasks.percentComplete(i);
        return span <= elapsed ? percent < 100 : percent * span < 100L * elapsed;
    }
}
