package cn.zhuanban.schedule.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Output of one scheduling run, mirroring the response of {@code POST /api/v1/schedule}.
 *
 * @param finish the project's early finish, or null for an empty plan
 * @param feasible false when any unfinished task has negative float
 * @param tasks one entry per input task, in input order
 * @param criticalPath keys of the critical tasks (total float at most 0), ordered by early start
 * @param shortfalls tasks with negative float and by how many working days they are short, in input order
 */
public record ScheduleResult(
        LocalDate finish,
        boolean feasible,
        List<TaskSchedule> tasks,
        List<String> criticalPath,
        List<FloatShortfall> shortfalls) {}
