package cn.zhuanban.demo;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.schedule.MonthTarget;
import cn.zhuanban.schedule.PlanBaselines;
import cn.zhuanban.schedule.PlanProgress;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.PlanTargets;
import cn.zhuanban.schedule.PlanTemplateEditing;
import cn.zhuanban.schedule.PlanTemplating;
import cn.zhuanban.schedule.ProgressReport;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.shared.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every project still being built or prepared gets the standard plan, reverse-scheduled from its target date, with
 * the work before today reported as done (from its start for a project being built, just in time for one being
 * prepared) and the work under way as far along as the working days passed, the begun months' targets as the plan
 * first approved proposed them, and the plan as first approved kept as a baseline, and the service checklist applied as far along as the plan: so that
 * the battle maps, the wall chart, the lights and the departments' service items have something to show on the first
 * start. Projects in production or completed have no plan to follow.
 */
@Component
class DemoSchedules {

    static final String BASELINE = "批复计划";

    /** The industrial template's land supply row (土地供应（招拍挂）), where a project being built lost its float. */
    private static final String LAND_SUPPLY = "A03";

    /**
     * What a project being built keeps of its float after the land supply, in working days: under five, so its light
     * is yellow (domain §4), and more than the day the work under way may lose to rounding its remaining duration.
     */
    private static final int KEPT_FLOAT_WORKING_DAYS = 4;

    /** Days the first rows of a project being built took longer than planned, in turn. */
    private static final long[] SLIPS = {0, 6, 0, 2, 0, 0, 4};

    /**
     * The industrial template's short department names (as the migration wrote them) and the demo district's
     * department codes ({@link DemoPeople#DEPARTMENTS}): the template is made to name the district's departments
     * before any plan is applied, so that plan rows answer to departments the sheet knows.
     */
    private static final String[][] TEMPLATE_DEPARTMENTS = {
        {"发改", "FGW"}, {"自然资源", "ZRZY"}, {"生态环境", "STHJ"}, {"住建", "ZJ"}, {"供电", "GD"}, {"水务", "SW"}, {"燃气", "RQ"}
    };

    private static final Set<ProjectStage> PLANNED_STAGES =
            EnumSet.of(ProjectStage.PLANNED, ProjectStage.PRE_CONSTRUCTION, ProjectStage.UNDER_CONSTRUCTION);

    private final ProjectReads projects;
    private final PlanTemplating templating;
    private final PlanTemplateEditing templateEditing;
    private final PlanProgress progress;
    private final PlanBaselines baselines;
    private final ServiceChecklistManagement checklists;
    private final DemoUsers users;
    private final CalendarManagement calendars;
    private final DemoMonthTargets monthTargets;
    private final PlanTargets targets;
    private final Clock clock;

    DemoSchedules(
            ProjectReads projects,
            PlanTemplating templating,
            PlanTemplateEditing templateEditing,
            PlanProgress progress,
            PlanBaselines baselines,
            ServiceChecklistManagement checklists,
            DemoUsers users,
            CalendarManagement calendars,
            DemoMonthTargets monthTargets,
            PlanTargets targets,
            Clock clock) {
        this.projects = projects;
        this.templating = templating;
        this.templateEditing = templateEditing;
        this.progress = progress;
        this.baselines = baselines;
        this.checklists = checklists;
        this.users = users;
        this.calendars = calendars;
        this.monthTargets = monthTargets;
        this.targets = targets;
        this.clock = clock;
    }

    void seed() {
        CurrentUser dispatch = users.as("dispatch");
        LocalDate today = LocalDate.now(clock);
        for (String[] d : TEMPLATE_DEPARTMENTS) {
            templateEditing.renameDepartment(d[0], departmentName(d[1]));
        }
        for (ProjectSummary project : projects.search(ProjectFilter.NONE, dispatch, new PageQuery(0, 100))
                .content()) {
            if (PLANNED_STAGES.contains(project.stage())) {
                seed(project, dispatch, today);
            }
        }
    }

    private void seed(ProjectSummary project, CurrentUser dispatch, LocalDate today) {
        long projectId = project.id();
        PlanSheet sheet = templating.apply(projectId, dispatch, null, PlanTemplating.INDUSTRIAL);
        // The plan as first approved, on its earliest dates: the variance page then shows how far the work runs
        // behind it.
        baselines.save(projectId, dispatch, BASELINE);
        Map<String, ProgressReport> asPlanned = monthTargets.tell(
                project.name(),
                sheet,
                project.stage() == ProjectStage.UNDER_CONSTRUCTION ? asBuilt(sheet, today) : justInTime(sheet, today));
        if (!asPlanned.isEmpty()) {
            sheet = progress.reportAll(projectId, dispatch, asPlanned);
            setEarlierMonthsFromTheWorkDone(projectId, dispatch, sheet, today);
        }
        // No targets typed: the months begun were fixed from the plan as first approved when it was stored (see the
        // schedule module's TargetFixing), so a row reported later than its month shows as missed or caught up: two
        // projects' stories have one of each (DemoMonthTargets).
        // After the progress: each approval's item then stands as its plan row does (done with its date, under way,
        // or waiting with its "must finish by"), and the departments' lists of service items show real work.
        checklists.applyTemplate(projectId, dispatch, handlers());
    }

    /**
     * Sets each month before last month to the rows finished in it, where the fixed target says otherwise. The begun
     * months were fixed from the plan as first approved, before the work done was reported: a project built on its
     * earliest dates showed its approvals due in months long after they were done ("2026-09: A08 环评批复 已完成
     * 2025-05-29") and no target in the months it did them. In the story the dispatch office set those months' targets
     * as the work went; last month and this month keep the proposal fixed from the plan, whose slips
     * {@link DemoMonthTargets} tells. The investment is left to the annual investment plan.
     */
    private void setEarlierMonthsFromTheWorkDone(
            long projectId, CurrentUser dispatch, PlanSheet sheet, LocalDate today) {
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        for (MonthTarget target : targets.targets(sheet)) {
            if (!target.month().isBefore(lastMonth)) {
                continue;
            }
            List<String> done = sheet.rows().stream()
                    .filter(r -> !r.stage()
                            && r.actualFinish() != null
                            && YearMonth.from(r.actualFinish()).equals(target.month()))
                    .map(PlanSheet.Row::key)
                    .toList();
            List<String> held = target.rows().stream().map(PlanSheet.Row::key).toList();
            if (!Set.copyOf(done).equals(Set.copyOf(held))) {
                targets.save(projectId, dispatch, target.month(), String.join(",", done), null, null);
            }
        }
    }

    /**
     * A project being built started on its plan's earliest dates, from its start on, some of its first rows took a
     * little longer than planned ({@link #SLIPS}, calendar days, each pushing the rows after it), and the land supply
     * (招拍挂, the step that most often runs late) took all but a few working days of the float: the rest runs on its
     * latest dates less those days, as a district's reverse schedule has it, and the light is yellow (float of at most
     * five working days, domain §4). Its battle map so fills from its start and shows where the time went: on the
     * latest dates alone the approvals of a project "under construction since 2025" were done a year later, after a
     * year of empty months; on the earliest dates alone it would have been finished long before its target.
     */
    private Map<String, ProgressReport> asBuilt(PlanSheet sheet, LocalDate today) {
        WorkingCalendar construction = calendars.construction(false);
        Map<String, ProgressReport> reports = new LinkedHashMap<>();
        List<PlanSheet.Row> rows = sheet.rows().stream()
                .filter(r -> !r.stage() && r.earlyStart() != null)
                .sorted(Comparator.comparing(PlanSheet.Row::earlyStart).thenComparing(PlanSheet.Row::earlyFinish))
                .toList();
        long slip = 0;
        int slipped = 0;
        boolean landSupplied = false;
        for (PlanSheet.Row row : rows) {
            LocalDate start;
            LocalDate finish;
            if (landSupplied) {
                // moved in working days, so that every row keeps its duration across holidays
                start = construction.addWorkingDays(row.lateStart(), -KEPT_FLOAT_WORKING_DAYS);
                finish = construction.addWorkingDays(row.lateFinish(), -KEPT_FLOAT_WORKING_DAYS);
            } else if (row.key().equals(LAND_SUPPLY)) {
                start = row.earlyStart().plusDays(slip);
                finish = Collections.max(List.of(
                        row.earlyFinish().plusDays(slip),
                        construction.addWorkingDays(row.lateFinish(), -KEPT_FLOAT_WORKING_DAYS)));
                landSupplied = true;
            } else {
                // a successor starts after its predecessors' finishes: it carries every slip of the rows before it
                long late = row.milestone() ? 0 : SLIPS[slipped++ % SLIPS.length];
                start = row.earlyStart().plusDays(slip);
                finish = row.earlyFinish().plusDays(slip + late);
                slip += late;
            }
            ProgressReport report = start.isAfter(today) ? null : report(row, start, finish, today, construction);
            if (report != null) {
                reports.put(row.key(), report);
            }
        }
        return reports;
    }

    /**
     * A project still being prepared does its work on its reverse-scheduled dates (the latest start and finish: the
     * plan is scheduled backwards from the target), so that construction has not begun. A row that cannot meet the
     * target (negative float) keeps its earliest dates: it cannot have started before the project.
     */
    private Map<String, ProgressReport> justInTime(PlanSheet sheet, LocalDate today) {
        WorkingCalendar construction = calendars.construction(false);
        Map<String, ProgressReport> reports = new LinkedHashMap<>();
        for (PlanSheet.Row row : sheet.rows()) {
            if (row.stage() || row.earlyStart() == null) {
                continue;
            }
            boolean reverse = row.totalFloat() != null && row.totalFloat() >= 0;
            LocalDate start = reverse ? row.lateStart() : row.earlyStart();
            LocalDate finish = reverse ? row.lateFinish() : row.earlyFinish();
            ProgressReport report = start.isAfter(today) ? null : report(row, start, finish, today, construction);
            if (report != null) {
                reports.put(row.key(), report);
            }
        }
        return reports;
    }

    /**
     * Done when it was to finish before today; under way as far as the working days passed (the plan counts what
     * remains in working days: a share of calendar days moved its finish by a day or two); null when not begun.
     */
    private static ProgressReport report(
            PlanSheet.Row row, LocalDate start, LocalDate finish, LocalDate today, WorkingCalendar calendar) {
        if (finish.isBefore(today)) {
            return new ProgressReport(today, 100, start, finish, null, null, null);
        }
        if (row.milestone()) {
            return null;
        }
        long days = Math.max(1, calendar.workingDaysBetween(start.minusDays(1), finish));
        long done = calendar.workingDaysBetween(start.minusDays(1), today.minusDays(1));
        int percent = (int) (100 * done / days);
        return percent <= 0 ? null : new ProgressReport(today, Math.min(percent, 99), start, null, null, null, null);
    }

    /**
     * Each department's handler in the demo (department id to user id), who answers for its service items (责任人):
     * the checklist's items were seeded without one, and the department's list showed 未指定 on every row.
     */
    private Map<Long, Long> handlers() {
        Map<Long, Long> handlers = new java.util.HashMap<>();
        for (String[] u : DemoPeople.USERS) {
            if (BuiltinRoles.DEPARTMENT_HANDLER.equals(u[2])) {
                CurrentUser handler = users.as(u[0]);
                handlers.putIfAbsent(handler.departmentId(), handler.id());
            }
        }
        return handlers;
    }

    private static String departmentName(String code) {
        for (String[] d : DemoPeople.DEPARTMENTS) {
            if (d[0].equals(code)) {
                return d[1];
            }
        }
        throw new IllegalArgumentException(code);
    }
}
