package cn.zhuanban.demo;

import cn.zhuanban.project.LightReason;
import cn.zhuanban.project.LightReason.Items;
import cn.zhuanban.project.LightReason.Message;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo projects' story lights told as the schedule's rules tell a light (the {@code plan.light-reason.*} keys and
 * their arguments), so that the project keeps its reason as message keys and an English reader reads it in English
 * from the first start, not only once the nightly review judged the project again. A reason in {@link
 * DemoProjects#PROJECTS} is written {@code rule:key:task name:working days}, or {@code missed} for last month's target.
 */
final class DemoLightReasons {

    /** The rules' default float warning (LightRules: at most five working days of float is yellow). */
    private static final int FLOAT_WARNING_DAYS = 5;

    private DemoLightReasons() {}

    static LightReason of(String written, DemoStory story) {
        String[] w = written.split(":");
        Message part = switch (w[0]) {
            case "short" ->
                Message.of("plan.light-reason.short", items(Message.of("plan.light-reason.task", w[1], w[2], w[3])));
            case "float" ->
                Message.of(
                        "plan.light-reason.float",
                        items(Message.of("plan.light-reason.float-task", w[1], w[2], w[3])),
                        FLOAT_WARNING_DAYS);
            case "missed" -> {
                // last month of the story (November 2026), moved to the month the demo is seeded in
                LocalDate lastMonth = story.date(2026, 10, 1);
                yield Message.of(
                        "plan.light-reason.missed",
                        items(Message.of("plan.light-reason.month", lastMonth.getYear(), lastMonth.getMonthValue())));
            }
            default -> throw new IllegalArgumentException("no such story light: " + written);
        };
        return new LightReason(List.of(part));
    }

    private static Items items(Message item) {
        return new Items(List.of(item));
    }
}
