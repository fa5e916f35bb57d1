package cn.zhuanban.schedule.engine;

/**
 * A validated request in engine form: task arrays, link graph and the project's points (see {@link TaskTable}).
 *
 * @param tasks per-task arrays
 * @param links resolved links in request order
 * @param plannedFloor earliest start point of a task not yet started: project start or data date, the later
 * @param remainingFloor earliest point for remaining work of started tasks: the data date
 * @param targetPoint end of the target finish day, or {@link #NONE}
 * @param statusPoint start of the status day (data date, else today), for the status light
 * @param lightRules thresholds of the status light
 */
record Plan(
        TaskTable tasks,
        LinkList links,
        int plannedFloor,
        int remainingFloor,
        int targetPoint,
        int statusPoint,
        LightRules lightRules) {

    static final int NONE = Integer.MIN_VALUE;
}
