package cn.zhuanban.schedule;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.schedule.domain.MonthlyTargetStore;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district wall chart (挂图作战): every visible key project a row, months as columns, each cell the month's
 * target as the targets page shows it (the saved monthly target with met / missed / caught up) and its light. One
 * page of projects comes from SQL under the project module's data scope (filters: level, stage, lead official,
 * industry chain or chain node from the industry module); the stored plans and saved targets of the whole page are
 * then read in one go and scheduled in memory, not loaded project by project.
 */
@Service
@Transactional(readOnly = true)
public class BattleMap {

    /** Rows per page unless asked otherwise; a page holds at most {@link PageQuery#MAX_SIZE}. */
    public static final int PAGE_SIZE = 50;

    /**
     * Filters of the wall chart; every one is optional. A node narrows its chain; {@code name} is part of a project's
     * name.
     */
    public record WallFilter(
            ProjectLevel level, ProjectStage stage, Long leadOfficialId, Long chainId, Long chainNodeId, String name) {

        public static final WallFilter NONE = new WallFilter(null, null, null, null, null, null);
    }

    /** A project row of the wall: its light and lead official beside the name. */
    public record WallProject(long id, String name, String statusLight, String leadOfficialName) {}

    public record Line(WallProject project, List<MonthTarget> months) {}

    private final ProjectReads projects;
    private final IndustryManagement industry;
    private final UserDirectory directory;
    private final WallQueries queries;
    private final MonthlyTargetStore targets;
    private final PlannedInvestments investments;
    private final Scheduling scheduling;
    private final Clock clock;

    BattleMap(
            ProjectReads projects,
            IndustryManagement industry,
            UserDirectory directory,
            WallQueries queries,
            MonthlyTargetStore targets,
            PlannedInvestments investments,
            Scheduling scheduling,
            Clock clock) {
        this.projects = projects;
        this.industry = industry;
        this.directory = directory;
        this.queries = queries;
        this.targets = targets;
        this.investments = investments;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    public PageResult<Line> wall(WallFilter filter, CurrentUser user, YearMonth first, int months, PageQuery page) {
        Collection<Long> chainProjects = chainProjects(filter);
        if (chainProjects != null && chainProjects.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        PageResult<WallQueries.ProjectRow> rows = queries.projects(filter, chainProjects, projects.scope(user), page);
        List<Long> ids = rows.content().stream().map(WallQueries.ProjectRow::id).toList();
        Map<Long, WallQueries.StoredPlan> plans = queries.plans(ids);
        Map<Long, List<MonthlyTargetStore.Stored>> saved = targets.of(ids);
        Map<Long, Map<YearMonth, BigDecimal>> planned = investments.of(ids, first, first.plusMonths(months - 1L));
        Map<Long, String> leads = directory.namesOf(rows.content().stream()
                .map(WallQueries.ProjectRow::leadOfficialId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        // the two district calendars once per page; each plan's own exceptions are laid on them in memory
        WorkingCalendar fiveDay = scheduling.construction(false);
        WorkingCalendar sevenDay = scheduling.construction(true);
        LocalDate today = LocalDate.now(clock);
        return rows.map(row -> {
            WallQueries.StoredPlan stored = plans.get(row.id());
            PlanSheet sheet = sheet(stored, row.name(), stored != null && stored.sevenDayWeek() ? sevenDay : fiveDay);
            // The targets page's own reading (PlanTargets.targets): a month someone saved shows that saved target
            // judged met / missed / caught up; only a month nobody saved falls back to the plan's proposal (the rows
            // whose late finish falls in it), as the targets page and the project's light do.
            Map<YearMonth, MonthTarget> byMonth = new HashMap<>();
            if (sheet != null) {
                MonthTargets.of(
                                sheet,
                                saved.getOrDefault(row.id(), List.of()),
                                today,
                                planned.getOrDefault(row.id(), Map.of()))
                        .forEach(t -> byMonth.put(t.month(), t));
            }
            List<MonthTarget> cells = new ArrayList<>(months);
            for (int m = 0; m < months; m++) {
                YearMonth month = first.plusMonths(m);
                cells.add(byMonth.getOrDefault(month, MonthTarget.none(month)));
            }
            String lead = row.leadOfficialId() == null ? null : leads.get(row.leadOfficialId());
            return new Line(new WallProject(row.id(), row.name(), row.statusLight(), lead), cells);
        });
    }

    /** Project ids of the chosen chain node or chain, or null when the filter names neither. */
    private Collection<Long> chainProjects(WallFilter filter) {
        if (filter.chainNodeId() != null) {
            return industry.node(filter.chainNodeId())
                    .filter(node -> filter.chainId() == null || filter.chainId().equals(node.chainId()))
                    .map(NodeView::projectIds)
                    .orElse(List.of());
        }
        return filter.chainId() == null
                ? null
                : industry.membersOf(filter.chainId()).projectIds();
    }

    /** Schedules a stored plan as its page would; a plan that no longer schedules shows no targets. */
    private PlanSheet sheet(WallQueries.StoredPlan stored, String projectName, WorkingCalendar construction) {
        if (stored == null) {
            return null;
        }
        ProjectPlan plan = ProjectPlan.start(stored.projectId(), stored.start(), stored.targetFinish());
        plan.dates(stored.start(), stored.targetFinish(), stored.dataDate(), clock.instant());
        plan.replace(stored.rows(), stored.links(), clock.instant());
        plan.calendar(stored.sevenDayWeek(), clock.instant());
        plan.calendarDays(stored.calendarDays(), clock.instant());
        try {
            ScheduleView schedule = ScheduleViews.of(scheduling.run(
                    PlanRequests.of(plan, LocalDate.now(clock)),
                    scheduling.calendarOf(construction, plan.getCalendarDays())));
            return PlanSheets.of(plan, projectName, schedule);
        } catch (BusinessException e) {
            return null;
        }
    }
}
