package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Note;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.LightCounts;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The projects in the user's data scope: all of them (red first) and those with a red or yellow
 * light, each linking to the project list with the matching filter.
 */
@Component
class ProjectItems implements WorkbenchSource {

    private static final int ROWS = 5;

    private final ProjectReads projects;
    private final ProjectLighting lighting;

    ProjectItems(ProjectReads projects, ProjectLighting lighting) {
        this.projects = projects;
        this.lighting = lighting;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        if (!user.can(Permissions.PROJECT_VIEW)) {
            return List.of();
        }
        PageResult<ProjectSummary> mine = projects.search(ProjectFilter.NONE, user, new PageQuery(0, ROWS));
        LightCounts counts = lighting.countsByLight(user);
        return List.of(
                new WorkbenchItem(
                        1,
                        // district-wide readers see every project, not projects of their own
                        user.dataScope() == DataScope.ALL ? "workbench.all-projects" : "workbench.my-projects",
                        mine.totalElements(),
                        "/projects",
                        counts.red() > 0 ? Urgency.DANGER : counts.yellow() > 0 ? Urgency.WARNING : Urgency.NORMAL,
                        // an enterprise contact sees whom to call about each of his projects
                        user.dataScope() == DataScope.ENTERPRISE ? withOfficers(mine.content()) : rows(mine.content())),
                lit(2, StatusLight.RED, counts.red(), Urgency.DANGER, user),
                lit(3, StatusLight.YELLOW, counts.yellow(), Urgency.WARNING, user));
    }

    private WorkbenchItem lit(int order, StatusLight light, long count, Urgency urgency, CurrentUser user) {
        List<Row> rows = count == 0
                ? List.of()
                : rows(projects.search(ProjectFilter.ofLight(light), user, new PageQuery(0, ROWS))
                        .content());
        return new WorkbenchItem(
                order,
                "workbench.projects." + light,
                count,
                "/projects?light=" + light,
                count == 0 ? Urgency.NORMAL : urgency,
                rows);
    }

    private static List<Row> withOfficers(List<ProjectSummary> projects) {
        return projects.stream()
                .map(p -> new Row(
                        p.name(),
                        "/projects/" + p.id(),
                        p.statusLight().name(),
                        p.chiefServiceOfficer() == null
                                ? null
                                : new Note(
                                        "workbench.project.chief-service-officer",
                                        List.of(
                                                p.chiefServiceOfficer().name(),
                                                Objects.toString(
                                                        p.chiefServiceOfficer().phone(), "")))))
                .toList();
    }

    private static List<Row> rows(List<ProjectSummary> projects) {
        return projects.stream()
                .map(p ->
                        new Row(p.name(), "/projects/" + p.id(), p.statusLight().name()))
                .toList();
    }
}
