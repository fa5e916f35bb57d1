package cn.zhuanban.schedule.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Input of one scheduling run, mirroring {@code POST /api/v1/schedule}.
 *
 * @param start project start; tasks without predecessors start on the first working day on or after it
 * @param targetFinish anchors the backward pass, or null to use the project's early finish
 * @param dataDate first day of remaining work when progress is reported, or null
 * @param tasks tasks in display order; results come back in the same order
 * @param links dependencies
 * @param lightRules thresholds of the status light, or null for {@link LightRules#DEFAULT}
 */
public record ScheduleRequest(
        LocalDate start,
        LocalDate targetFinish,
        LocalDate dataDate,
        List<Task> tasks,
        List<Link> links,
        LightRules lightRules) {

    public ScheduleRequest(LocalDate start, LocalDate targetFinish, List<Task> tasks, List<Link> links) {
        this(start, targetFinish, null, tasks, links, null);
    }

    public ScheduleRequest withDataDate(LocalDate value) {
        return new ScheduleRequest(start, targetFinish, value, tasks, links, lightRules);
    }
}
