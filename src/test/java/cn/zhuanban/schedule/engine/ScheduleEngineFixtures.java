package cn.zhuanban.schedule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Requests, runs and date checks shared by the schedule engine tests. Dates are in March 2026 on a plain Monday–Friday
 * calendar unless a test says otherwise: 2 March is a Monday.
 */
final class ScheduleEngineFixtures {

    static final LocalDate START = d("2026-03-02");
    static final Clock NEW_YEAR = clockAt("2026-01-01");
    static final ScheduleEngine ENGINE = new ScheduleEngine(
            new WorkingCalendarAdapter(WorkingCalendar.builder().build()), NEW_YEAR);

    static ScheduleRequest randomNetwork(Random random, int size) {
        List<Task> tasks = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        LinkType[] types = LinkType.values();
        for (int i = 0; i < size; i++) {
            tasks.add(t("T" + i, random.nextInt(10)));
            for (int k = 0; k < 3 && i > 0; k++) {
                links.add(link("T" + random.nextInt(i), "T" + i, types[random.nextInt(4)], random.nextInt(7) - 3));
            }
        }
        return request(tasks, links, "2027-06-30");
    }

    static ScheduleResult run(List<Task> tasks, List<Link> links) {
        return run(tasks, links, null);
    }

    static ScheduleResult run(List<Task> tasks, List<Link> links, String target) {
        return ENGINE.schedule(request(tasks, links, target));
    }

    static ScheduleRequest request(List<Task> tasks, List<Link> links, String target) {
        return new ScheduleRequest(START, target == null ? null : d(target), tasks, links);
    }

    static WorkingCalendarAdapter calendar() {
        return new WorkingCalendarAdapter(WorkingCalendar.builder().build());
    }

    static Clock clockAt(String day) {
        return Clock.fixed(Instant.parse(day + "T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }

    static Task t(String key, int duration) {
        return new Task(key, "Task " + key, duration);
    }

    static Link link(String from, String to, LinkType type, int lag) {
        return new Link(from, to, type, lag);
    }

    static TaskSchedule task(ScheduleResult result, String key) {
        return result.tasks().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    static List<Integer> floats(ScheduleResult result) {
        return result.tasks().stream().map(TaskSchedule::totalFloat).toList();
    }

    static void assertEarly(ScheduleResult result, String key, String start, String finish) {
        TaskSchedule task = task(result, key);
        assertThat(List.of(task.earlyStart(), task.earlyFinish()))
                .as("early dates of " + key)
                .containsExactly(d(start), d(finish));
    }

    static void assertLate(ScheduleResult result, String key, String start, String finish) {
        TaskSchedule task = task(result, key);
        assertThat(List.of(task.lateStart(), task.lateFinish()))
                .as("late dates of " + key)
                .containsExactly(d(start), d(finish));
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private ScheduleEngineFixtures() {}
}
