package cn.zhuanban.industry.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The chain nodes a key project sits on, as an htmx fragment the project page includes by URL
 * ({@code hx-get="/industry/fragments/project-node/{id}"}) without depending on this module; a
 * project outside the user's scope is "not found".
 */
@Controller
class ProjectNodeController {

    private final IndustryManagement industry;
    private final ProjectReads projects;

    ProjectNodeController(IndustryManagement industry, ProjectReads projects) {
        this.industry = industry;
        this.projects = projects;
    }

    @GetMapping("/industry/fragments/project-node/{projectId}")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_VIEW + "')")
    String node(@PathVariable long projectId, CurrentUser user, Model model) {
        if (!projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
        model.addAttribute("nodes", industry.nodesOfProject(projectId));
        return "industry/project-node :: node";
    }
}
