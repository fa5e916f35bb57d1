package cn.zhuanban.schedule.engine;

/**
 * A task of a plan. Duration is in working days; 0 makes a milestone (a stage goal), which takes no working day.
 *
 * @param key unique within the request
 * @param name display name, not used by the engine
 * @param duration working days, at least 0
 * @param constraint date constraint, or null
 * @param progress actuals, or null for none
 */
public record Task(String key, String name, int duration, Constraint constraint, Progress progress) {

    public Task(String key, String name, int duration) {
        this(key, name, duration, null, null);
    }

    public Task withConstraint(Constraint value) {
        return new Task(key, name, duration, value, progress);
    }

    public Task withProgress(Progress value) {
        return new Task(key, name, duration, constraint, value);
    }
}
