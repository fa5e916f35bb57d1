package cn.zhuanban.project.web;

import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.TaskForceForm;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Task forces: the list, one task force with its people and projects, and its form. */
@Controller
@RequestMapping("/task-forces")
class TaskForceController {

    /** The projects the task force's page lists; past them it links to the project list filtered by the task force. */
    static final int PROJECTS_SHOWN = 50;

    private static final Set<String> NOT_SERVING = Set.of(
            BuiltinRoles.ENTERPRISE_CONTACT,
            BuiltinRoles.SYSTEM_ADMIN,
            BuiltinRoles.SECURITY_ADMIN,
            BuiltinRoles.AUDITOR);

    private final TaskForceManagement taskForces;
    private final ProjectReads projects;
    private final UserDirectory directory;
    private final DepartmentManagement departments;
    private final FormErrors formErrors;

    TaskForceController(
            TaskForceManagement taskForces,
            ProjectReads projects,
            UserDirectory directory,
            DepartmentManagement departments,
            FormErrors formErrors) {
        this.taskForces = taskForces;
        this.projects = projects;
        this.directory = directory;
        this.departments = departments;
        this.formErrors = formErrors;
    }

    /**
     * The options of a task force pick list for the search box beside it (htmx): the task forces in the user's scope
     * whose name contains {@code taskForceQ}, the chosen one kept; {@code blank} names the empty choice (see the
     * taskForceChoices fragment). For those who pick one: planning a meeting series, registering or editing a project.
     */
    @GetMapping("/choices")
    @PreAuthorize("hasAnyAuthority('" + Permissions.MEETING_EDIT + "', '" + Permissions.PROJECT_CREATE + "', '"
            + Permissions.PROJECT_EDIT + "')")
    String choices(
            @RequestParam(required = false) String taskForceQ,
            @RequestParam(required = false) Long taskForceId,
            @RequestParam(required = false) String blank,
            CurrentUser user,
            Model model) {
        model.addAttribute("taskForceChoices", taskForces.choices(user, taskForceQ, taskForceId));
        model.addAttribute("selectedTaskForce", taskForceId);
        model.addAttribute("taskForceBlank", blank);
        return "layout/fragments :: taskForceChoices";
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.TASK_FORCE_VIEW + "')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", taskForces.search(q, user, PageQuery.ofList(page, size, 20)));
        return "project/task-forces";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.TASK_FORCE_VIEW + "')")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("taskForce", taskForces.find(id, user));
        // the first projects, and past them a link to the project list filtered by the task force: the list was cut
        // at 50 without a word
        PageResult<ProjectSummary> first = user.can(Permissions.PROJECT_VIEW)
                ? projects.search(ProjectFilter.ofTaskForce(id), user, new PageQuery(0, PROJECTS_SHOWN))
                : new PageResult<>(List.of(), 0, PROJECTS_SHOWN, 0);
        model.addAttribute("projects", first.content());
        model.addAttribute("projectCount", first.totalElements());
        return "project/task-force";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.TASK_FORCE_EDIT + "')")
    String newForm(Model model) {
        return form(model, null, null, new TaskForceForm("", null, null, Set.of(), Set.of(), 0), Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.TASK_FORCE_EDIT + "')")
    String create(
            @Valid @ModelAttribute("form") TaskForceForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, null, null, form, errors), () -> {
            long id = taskForces.create(form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/task-forces/" + id;
        });
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.TASK_FORCE_EDIT + "')")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        var taskForce = taskForces.find(id, user);
        return form(model, id, taskForce.name(), TaskForceForm.of(taskForce), Map.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.TASK_FORCE_EDIT + "')")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TaskForceForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        String savedName = taskForces.find(id, user).name();
        return formErrors.submit(binding, errors -> form(model, id, savedName, form, errors), () -> {
            taskForces.edit(id, form, user);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/task-forces/" + id;
        });
    }

    /**
     * Government staff only: neither enterprise contacts nor the three administrators serve on task forces (the
     * directory's staff already leaves out administrators and accounts without a role; this guards the roles).
     */
    private static boolean canServe(UserView u) {
        return u.enabled() && u.roles().stream().noneMatch(NOT_SERVING::contains);
    }

    /**
     * The people pickers narrowed by part of a name (htmx, while typing in the form's search box); the people the
     * form already names stay listed and chosen.
     */
    @GetMapping("/people")
    @PreAuthorize("hasAuthority('" + Permissions.TASK_FORCE_EDIT + "')")
    String people(
            @ModelAttribute("form") TaskForceForm form, @RequestParam(required = false) String peopleQ, Model model) {
        model.addAttribute("users", candidates(form, peopleQ));
        model.addAttribute("errors", Map.of());
        return "project/task-force-form :: people";
    }

    /** The title names the stored task force ({@code savedName}): a refused form holds what was typed, maybe nothing. */
    private String form(Model model, Long id, String savedName, TaskForceForm form, Map<String, String> errors) {
        model.addAttribute("taskForceId", id);
        model.addAttribute("savedName", savedName);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("users", candidates(form, null));
        model.addAttribute("departments", departments.tree());
        return "project/task-force-form";
    }

    /**
     * Who the pickers offer: first the people the form already names (whatever the search: a member left out of the
     * list would be dropped on saving, as an unchecked box), then up to a page of staff whose name matches {@code q}.
     * A province has thousands of users; the search reaches the ones beyond the first page.
     */
    private List<UserView> candidates(TaskForceForm form, String q) {
        Map<Long, UserView> users = new LinkedHashMap<>();
        List<Long> chosen = Stream.concat(
                        Stream.of(form.leadUserId(), form.chiefServiceOfficerId()), form.memberIds().stream())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        directory.findAll(chosen).stream()
                .sorted(Comparator.comparing(UserView::fullName))
                .forEach(u -> users.put(u.id(), u));
        directory.staff(q, PageQuery.MAX_SIZE).stream()
                .filter(TaskForceController::canServe)
                .forEach(u -> users.putIfAbsent(u.id(), u));
        return List.copyOf(users.values());
    }
}
