package cn.zhuanban.project.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.ApiController;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Projects over the API (api-contract.md, Projects and enterprises): the data-scoped, paged list,
 * one project (404 outside the scope), and registering a project.
 */
@ApiController("/api/v1/projects")
class ProjectApiController {

    private final ProjectManagement projects;
    private final ProjectReads reads;

    ProjectApiController(ProjectManagement projects, ProjectReads reads) {
        this.projects = projects;
        this.reads = reads;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.PROJECT_VIEW + "')")
    PageResult<ProjectSummary> list(
            @ModelAttribute ProjectFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user) {
        return reads.search(filter, user, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.PROJECT_VIEW + "')")
    ProjectView get(@PathVariable long id, CurrentUser user) {
        return reads.find(id, user);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.PROJECT_CREATE + "')")
    ResponseEntity<ProjectView> create(@Valid @RequestBody ProjectForm form, CurrentUser user) {
        long id = projects.create(form, user);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).body(reads.find(id, user));
    }
}
