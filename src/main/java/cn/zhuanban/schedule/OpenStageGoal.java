package cn.zhuanban.schedule;

import java.time.LocalDate;

/**
 * A stage goal (a milestone with a target date) not yet finished, with its light as the project's schedule judges it
 * today.
 */
public record OpenStageGoal(long projectId, String key, String name, LocalDate targetDate, String light) {

    public boolean lit() {
        return "RED".equals(light) || "YELLOW".equals(light);
    }
}
