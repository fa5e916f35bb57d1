package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.ticket.TicketLists;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The project page's ticket card, an htmx fragment the project page includes by URL without depending on this
 * module: a project outside the user's project scope is not found, and within it only the tickets the ticket list
 * would show the user are counted and named.
 */
@Controller
class ProjectTicketsController {

    private static final int LATEST = 5;

    private final TicketLists lists;
    private final ProjectReads projects;

    ProjectTicketsController(TicketLists lists, ProjectReads projects) {
        this.lists = lists;
        this.projects = projects;
    }

    @GetMapping("/tickets/fragments/project/{projectId}")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_VIEW + "')")
    String project(@PathVariable long projectId, CurrentUser user, Model model) {
        if (!projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
        model.addAttribute("tickets", lists.ofProject(projectId, user, LATEST));
        model.addAttribute("projectId", projectId);
        return "ticket/project :: tickets";
    }
}
