package cn.zhuanban.demo;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.schedule.PlanBaselines;
import cn.zhuanban.schedule.PlanProgress;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.PlanTargets;
import cn.zhuanban.schedule.PlanTemplating;
import cn.zhuanban.schedule.ProgressReport;
import cn.zhuanban.shared.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every project still being built or prepared gets the standard plan, reverse-scheduled from its target date, with
 * the work before today reported as done on its planned dates and the work under way as far along as the days
 * passed, last and this month's targets set, and the plan as first approved kept as a baseline: so that the battle maps, the wall chart and the lights have
 * something to show on the first start. Projects in production or completed have no plan to follow.
 */
@Component
class DemoSchedules {

    static final String BASELINE = "批复计划";

    private static final Set<ProjectStage> PLANNED_STAGES =
            EnumSet.of(ProjectStage.PLANNED, ProjectStage.PRE_CONSTRUCTION, ProjectStage.UNDER_CONSTRUCTION);

    private final ProjectManagement projects;
    private final PlanTemplating templating;
    private final PlanProgress progress;
    private final PlanTargets targets;
    private final PlanBaselines baselines;
    private final DemoUsers users;
    private final Clock clock;

    DemoSchedules(
            ProjectManagement projects,
            PlanTemplating templating,
            PlanProgress progress,
            PlanTargets targets,
            PlanBaselines baselines,
            DemoUsers users,
            Clock clock) {
        this.projects = projects;
        this.templating = templating;
        this.progress = progress;
        this.targets = targets;
        this.baselines = baselines;
        this.users = users;
        this.clock = clock;
    }

    void seed() {
        CurrentUser dispatch = users.as("dispatch");
        LocalDate today = LocalDate.now(clock);
        for (ProjectSummary project : projects.search(ProjectFilter.NONE, dispatch, new PageQuery(0, 100))
                .content()) {
            if (PLANNED_STAGES.contains(project.stage())) {
                seed(project.id(), dispatch, today);
            }
        }
    }

    private void seed(long projectId, CurrentUser dispatch, LocalDate today) {
        PlanSheet sheet = templating.apply(projectId, dispatch, null, PlanTemplating.INDUSTRIAL);
        // The plan as first approved, on its earliest dates: the variance page then shows how far the work, done on
        // its latest dates, runs behind it.
        baselines.save(projectId, dispatch, BASELINE);
        Map<String, ProgressReport> asPlanned = new LinkedHashMap<>();
        for (PlanSheet.Row row : sheet.rows()) {
            ProgressReport report = asPlanned(row, today);
            if (report != null) {
                asPlanned.put(row.key(), report);
            }
        }
        if (!asPlanned.isEmpty()) {
            sheet = progress.reportAll(projectId, dispatch, asPlanned);
        }
        YearMonth month = YearMonth.from(today);
        target(projectId, dispatch, sheet, month.minusMonths(1));
        target(projectId, dispatch, sheet, month);
    }

    /**
     * Done on its reverse-scheduled dates (the latest start and finish: the plan is scheduled backwards from the
     * target) when it was to finish before today; under way as far as the days passed. A row that cannot meet the
     * target (negative float) keeps its earliest dates: it cannot have started before the project.
     */
    private static ProgressReport asPlanned(PlanSheet.Row row, LocalDate today) {
        if (row.stage() || row.earlyStart() == null) {
            return null;
        }
        boolean reverse = row.totalFloat() != null && row.totalFloat() >= 0;
        LocalDate start = reverse ? row.lateStart() : row.earlyStart();
        LocalDate finish = reverse ? row.lateFinish() : row.earlyFinish();
        if (start.isAfter(today)) {
            return null;
        }
        if (finish.isBefore(today)) {
            return new ProgressReport(today, 100, start, finish, null, null, null);
        }
        if (row.milestone()) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(start, finish) + 1;
        int percent = (int) (100 * ChronoUnit.DAYS.between(start, today) / days);
        return percent <= 0 ? null : new ProgressReport(today, Math.min(percent, 99), start, null, null, null, null);
    }

    /** The month's target: the rows whose latest finish falls in it. */
    private void target(long projectId, CurrentUser dispatch, PlanSheet sheet, YearMonth month) {
        String keys = sheet.rows().stream()
                .filter(r -> !r.stage()
                        && r.lateFinish() != null
                        && YearMonth.from(r.lateFinish()).equals(month))
                .map(PlanSheet.Row::key)
                .collect(Collectors.joining(","));
        if (!keys.isEmpty()) {
            targets.save(projectId, dispatch, month, keys, null, null);
        }
    }
}
