package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Joins a stored plan with its schedule into the rows of {@link PlanSheet}; stages roll up their rows. */
final class PlanSheets {

    private static final List<String> LIGHTS = List.of("GREEN", "YELLOW", "RED");

    private PlanSheets() {}

    static PlanSheet of(ProjectPlan plan, String projectName, ScheduleView schedule) {
        List<PlanSheet.Row> rows = new ArrayList<>();
        for (PlanRow r : plan.getRows()) {
            rows.add(r.scheduled() ? scheduled(plan, r, schedule.task(r.taskKey())) : null);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                rows.set(i, stage(plan.getRows().get(i), rows));
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

    private static PlanSheet.Row scheduled(ProjectPlan plan, PlanRow r, ScheduleView.TaskView t) {
        LocalDate target = PlanRow.MILESTONE.equals(r.kind()) ? r.constraintDate() : null;
        return new PlanSheet.Row(
                r.taskKey(),
                r.name(),
                r.kind(),
                r.parentKey(),
                r.parentKey() == null ? 0 : 1,
                r.duration(),
                r.department(),
                PredecessorSpec.format(PlanRequests.incoming(plan, r.taskKey())),
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
                r.percentComplete());
    }

    private static PlanSheet.Row stage(PlanRow r, List<PlanSheet.Row> rows) {
        List<PlanSheet.Row> children = rows.stream()
                .filter(c -> c != null && r.taskKey().equals(c.parentKey()))
                .toList();
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
