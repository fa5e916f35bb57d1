package cn.zhuanban.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/schedule}. Types are kept loose (strings, boxed numbers) so that the engine's
 * validation can name the offending field in a 400 answer instead of a generic parse error.
 *
 * @param calendar {@code default} (administrative), {@code construction} or {@code construction7}; null = default
 */
public record ScheduleInput(
        LocalDate start,
        LocalDate targetFinish,
        LocalDate dataDate,
        String calendar,
        List<TaskInput> tasks,
        List<LinkInput> links) {

    public record TaskInput(
            String key,
            String name,
            Integer duration,
            ConstraintInput constraint,
            LocalDate actualStart,
            LocalDate actualFinish,
            Integer percentComplete) {}

    public record ConstraintInput(String type, LocalDate date) {}

    public record LinkInput(String from, String to, String type, Integer lag) {}
}
