package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.schedule.PlanOverviews;
import cn.zhuanban.schedule.ProgressDue;
import cn.zhuanban.shared.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Plan rows whose progress the user owes: those of his own projects that should have started or finished by today
 * with no actual saying so. For the people whose duty is to report progress on a few projects (an enterprise's contact,
 * a task force), by permission: a lead official oversees his projects without entering their progress ({@link
 * OversightItems}); the district-wide offices follow the lights instead, and their thousands of plans are not
 * scheduled on every visit to the workbench.
 */
@Component
class ProgressItems implements WorkbenchSource {

    private static final int ROWS = 5;

    /** Projects looked at, at most: a lead official of a province leads fifty. */
    private static final int PROJECTS = 60;

    private static final Set<DataScope> OWN_PROJECTS =
            Set.of(DataScope.ENTERPRISE, DataScope.TASK_FORCE, DataScope.LED_PROJECTS);

    private final ProjectReads projects;
    private final PlanOverviews plans;
    private final MessageSource messages;
    private final Clock clock;

    ProgressItems(ProjectReads projects, PlanOverviews plans, MessageSource messages, Clock clock) {
        this.projects = projects;
        this.plans = plans;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        if (!user.can(Permissions.PLAN_PROGRESS)
                || !user.can(Permissions.PROJECT_VIEW)
                || !OWN_PROJECTS.contains(user.dataScope())) {
            return List.of();
        }
        Map<Long, String> names =
                projects.search(ProjectFilter.NONE, user, new PageQuery(0, PROJECTS)).content().stream()
                        .collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::name));
        if (names.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<ProgressDue> due = plans.progressDue(names.keySet(), today);
        if (due.isEmpty()) {
            return List.of();
        }
        // No list shows the rows due across projects, and the card's number must open what it counts: with one
        // project that is its plan (the rows are the tasks); with several the number opens nothing and each row is a
        // project with its count, opening its plan.
        Map<Long, Long> perProject = due.stream()
                .collect(Collectors.groupingBy(ProgressDue::projectId, LinkedHashMap::new, Collectors.counting()));
        if (perProject.size() == 1) {
            Function<ProgressDue, Row> row = d -> new Row(
                    text(
                            d.finish() ? "workbench.progress.finish-due" : "workbench.progress.start-due",
                            names.get(d.projectId()),
                            d.name(),
                            d.due().toString()),
                    "/projects/" + d.projectId() + "/plan/rows/" + d.key() + "/progress",
                    null);
            return List.of(new WorkbenchItem(
                    6,
                    "workbench.progress-due",
                    due.size(),
                    "/projects/" + due.getFirst().projectId() + "/plan",
                    Urgency.WARNING,
                    due.stream().limit(ROWS).map(row).toList()));
        }
        List<Row> rows = new ArrayList<>();
        perProject.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                .limit(ROWS)
                .forEach(e -> rows.add(new Row(
                        text("workbench.progress.project", names.get(e.getKey()), e.getValue()),
                        "/projects/" + e.getKey() + "/plan",
                        null)));
        if (perProject.size() > ROWS) {
            rows.add(new Row(text("workbench.progress.more-projects", perProject.size() - ROWS), "/projects", null));
        }
        return List.of(new WorkbenchItem(6, "workbench.progress-due", due.size(), null, Urgency.WARNING, rows));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
