package cn.zhuanban.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed schedule as {@code POST /api/v1/schedule} and {@code GET /api/v1/projects/{id}/plan} answer it.
 *
 * @param shortfalls tasks that cannot meet the target and by how many working days they are short
 */
public record ScheduleView(
        LocalDate finish,
        boolean feasible,
        List<TaskView> tasks,
        List<String> criticalPath,
        List<Shortfall> shortfalls) {

    public record TaskView(
            String key,
            LocalDate earlyStart,
            LocalDate earlyFinish,
            LocalDate lateStart,
            LocalDate lateFinish,
            int totalFloat,
            int freeFloat,
            boolean critical,
            String light) {}

    public record Shortfall(String key, int workingDays) {}

    public TaskView task(String key) {
        return tasks.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }
}
