package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Joins a stored plan with its schedule into the rows of {@link PlanSheet}; stages roll up their rows. */
final class PlanSheets {

    private static final List<String> LIGHTS = List.of("GREEN", "YELLOW", "RED");

    private PlanSheets() {}

    /**
     * Each row's schedule, predecessors and children are looked up in maps made once: searching the lists for every
     * row cost the square of the plan's size (a 50-row plan 7,500 comparisons, an imported 5,000-row plan 75 million),
     * and the wall chart's export joins every project's plan.
     */
    static PlanSheet of(ProjectPlan plan, String projectName, ScheduleView schedule) {
        Map<String, ScheduleView.TaskView> tasks = new HashMap<>();
        schedule.tasks().forEach(t -> tasks.putIfAbsent(t.key(), t));
        Map<String, List<PlanLink>> incoming = plan.getLinks().stream().collect(Collectors.groupingBy(PlanLink::toKey));
        List<PlanSheet.Row> rows = new ArrayList<>();
        for (PlanRow r : plan.getRows()) {
            rows.add(
                    r.scheduled()
                            ? scheduled(r, tasks.get(r.taskKey()), incoming.getOrDefault(r.taskKey(), List.of()))
                            : null);
        }
        Map<String, List<PlanSheet.Row>> children = rows.stream()
                .filter(c -> c != null && c.parentKey() != null)
                .collect(Collectors.groupingBy(PlanSheet.Row::parentKey));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                PlanRow stage = plan.getRows().get(i);
                rows.set(i, stage(stage, children.getOrDefault(stage.taskKey(), List.of())));
            }
        }
        return new PlanSheet(
                plan.getProjectId(),
                projectName,
                plan.getStartDate(),
                plan.getTargetFinish(),
                plan.getDataDate(),
                plan.getVersion(),
                rows,
                schedule);
    }

    private static PlanSheet.Row scheduled(PlanRow r, ScheduleView.TaskView t, List<PlanLink> incoming) {
        LocalDate target = PlanRow.MILESTONE.equals(r.kind()) ? r.constraintDate() : null;
        return new PlanSheet.Row(
                r.taskKey(),
                r.name(),
                r.kind(),
                r.parentKey(),
                r.parentKey() == null ? 0 : 1,
                r.duration(),
                r.department(),
                PredecessorSpec.format(incoming),
                target,
                t.earlyStart(),
                t.earlyFinish(),
                t.lateStart(),
                t.lateFinish(),
                t.totalFloat(),
                t.critical(),
                t.light(),
                r.actualStart(),
                r.actualFinish(),
                r.percentComplete(),
                r.constraintType(),
                r.constraintDate());
    }

    private static PlanSheet.Row stage(PlanRow r, List<PlanSheet.Row> children) {
        return new PlanSheet.Row(
                r.taskKey(),
                r.name(),
                r.kind(),
                null,
                0,
                0,
                r.department(),
                "",
                null,
                min(children.stream().map(PlanSheet.Row::earlyStart).toList()),
                max(children.stream().map(PlanSheet.Row::earlyFinish).toList()),
                min(children.stream().map(PlanSheet.Row::lateStart).toList()),
                max(children.stream().map(PlanSheet.Row::lateFinish).toList()),
                children.stream()
                        .map(PlanSheet.Row::totalFloat)
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .orElse(null),
                children.stream().anyMatch(PlanSheet.Row::critical),
                worst(children.stream().map(PlanSheet.Row::light).toList()),
                null,
                null,
                null,
                null,
                null);
    }

    static String worst(List<String> lights) {
        return lights.stream()
                .filter(Objects::nonNull)
                .max(Comparator.comparingInt(LIGHTS::indexOf))
                .orElse(null);
    }

    private static LocalDate min(List<LocalDate> dates) {
        return dates.stream()
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static LocalDate max(List<LocalDate> dates) {
        return dates.stream()
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }
}
