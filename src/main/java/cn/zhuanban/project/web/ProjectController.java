package cn.zhuanban.project.web;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectPickLists;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The project register's pages: the filtered list (status light first), a project, and the card
 * of an enterprise's projects that the enterprise page loads (enterprise knows nothing of projects).
 */
@Controller
@RequestMapping("/projects")
class ProjectController {

    /** Light changes shown on the project page at a time (亮灯记录), older ones a page further. */
    static final int LIGHT_CHANGES = 10;

    private final ProjectReads projects;
    private final ProjectPickLists pickLists;
    private final ProjectLighting lighting;
    private final EnterpriseManagement enterprises;
    private final UserDirectory directory;
    private final TaskForceManagement taskForces;

    ProjectController(
            ProjectReads projects,
            ProjectPickLists pickLists,
            ProjectLighting lighting,
            EnterpriseManagement enterprises,
            UserDirectory directory,
            TaskForceManagement taskForces) {
        this.taskForces = taskForces;
        this.projects = projects;
        this.pickLists = pickLists;
        this.lighting = lighting;
        this.enterprises = enterprises;
        this.directory = directory;
    }

    /**
     * The options of a project pick list narrowed by part of a name or code (htmx, while typing in the search box
     * beside the list): the user's own scope, the chosen project kept (see {@link ProjectReads#choices});
     * {@code blank} names the empty choice (see the projectChoices fragment); {@code enterpriseId} narrows them to one
     * enterprise's, for a form whose enterprise is chosen first (a talent demand).
     */
    @GetMapping("/choices")
    @PreAuthorize("isAuthenticated()")
    String choices(
            @RequestParam(required = false) String projectQ,
            @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) String blank,
            @RequestParam(required = false) Long enterpriseId,
            CurrentUser user,
            Model model) {
        model.addAttribute("projectChoices", pickLists.choices(user, projectQ, projectId, enterpriseId));
        model.addAttribute("selectedProject", projectId);
        model.addAttribute("projectBlank", blank);
        return "layout/fragments :: projectChoices";
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.PROJECT_VIEW + "')")
    String list(
            @ModelAttribute("filter") ProjectFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("result", projects.search(filter, user, PageQuery.ofList(page, size, 20)));
        if (Paging.isHtmx(request)) {
            return "project/list :: results";
        }
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("lights", StatusLight.values());
        model.addAttribute("leadOfficials", directory.withRole(BuiltinRoles.LEAD_OFFICIAL));
        model.addAttribute(
                "enterpriseName",
                enterprises.visibleNameOf(filter.enterpriseId(), user).orElse(null));
        // named only when the reader sees the task force, as the enterprise's label
        model.addAttribute(
                "taskForceName",
                taskForces.visibleNameOf(filter.taskForceId(), user).orElse(null));
        return "project/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.PROJECT_VIEW + "')")
    String detail(
            @PathVariable long id, @RequestParam(required = false) Integer lightPage, CurrentUser user, Model model) {
        model.addAttribute("project", projects.find(id, user));
        model.addAttribute(
                "lightChanges",
                lighting.lightChanges(id, user, new PageQuery(lightPage == null ? 0 : lightPage, LIGHT_CHANGES)));
        return "project/detail";
    }

    @GetMapping("/of-enterprise/{enterpriseId}")
    @PreAuthorize("hasAuthority('" + Permissions.PROJECT_VIEW + "')")
    String ofEnterprise(@PathVariable long enterpriseId, CurrentUser user, Model model) {
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute(
                "result", projects.search(ProjectFilter.ofEnterprise(enterpriseId), user, new PageQuery(0, 10)));
        return "project/of-enterprise :: projects";
    }
}
