package cn.zhuanban.servicechecklist.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.servicechecklist.DepartmentItemPolicy;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemFiles;
import cn.zhuanban.servicechecklist.ServiceItemForm;
import cn.zhuanban.servicechecklist.ServiceItemView;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's checklist: the page, its print view, applying the template and adding an item. */
@Controller
@RequestMapping("/projects/{projectId}/checklist")
class ChecklistController {

    private final ServiceChecklistManagement checklists;
    private final ProjectReads projects;
    private final ItemFormModel formModel;
    private final FormErrors formErrors;
    private final ServiceItemFiles files;
    private final Clock clock;

    ChecklistController(
            ServiceChecklistManagement checklists,
            ProjectReads projects,
            ItemFormModel formModel,
            FormErrors formErrors,
            ServiceItemFiles files,
            Clock clock) {
        this.checklists = checklists;
        this.projects = projects;
        this.formModel = formModel;
        this.formErrors = formErrors;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_VIEW + "')")
    String checklist(@PathVariable long projectId, CurrentUser user, Model model) {
        model.addAttribute("project", projects.find(projectId, user));
        List<ServiceItemView> items = checklists.checklist(projectId, user);
        model.addAttribute("items", items);
        model.addAttribute("changeable", checklists.changeable(items, user));
        model.addAttribute("templateAllowed", user.dataScope() != DataScope.DEPARTMENT);
        model.addAttribute("files", files.ofProject(projectId, user));
        return "servicechecklist/checklist";
    }

    @GetMapping("/print")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_VIEW + "')")
    String print(@PathVariable long projectId, CurrentUser user, Model model) {
        model.addAttribute("project", projects.find(projectId, user));
        model.addAttribute("items", checklists.checklist(projectId, user));
        model.addAttribute("files", files.ofProject(projectId, user)); // the print lists each item's attachments
        model.addAttribute("today", LocalDate.now(clock));
        return "servicechecklist/print";
    }

    @PostMapping("/template")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_EDIT + "')")
    String applyTemplate(@PathVariable long projectId, CurrentUser user, RedirectAttributes redirect) {
        int created = checklists.applyTemplate(projectId, user);
        redirect.addFlashAttribute("flash", created > 0 ? "checklist.template-applied" : "checklist.template-present");
        return "redirect:/projects/" + projectId + "/checklist";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_EDIT + "')")
    String newItem(@PathVariable long projectId, CurrentUser user, Model model) {
        projectContext(model, projects.find(projectId, user));
        ServiceItemForm blank = DepartmentItemPolicy.departmentFixed(user)
                ? ServiceItemForm.blank().inDepartment(user.departmentId())
                : ServiceItemForm.blank();
        return formModel.form(model, projectId, null, blank, Map.of(), user);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_EDIT + "')")
    String add(
            @PathVariable long projectId,
            @Valid @ModelAttribute("form") ServiceItemForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        projectContext(model, projects.find(projectId, user));
        return formErrors.submit(binding, errors -> formModel.form(model, projectId, null, form, errors, user), () -> {
            checklists.add(projectId, form, user);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/projects/" + projectId + "/checklist";
        });
    }

    /** The new item's project, named on the form as the edit form names an item's. */
    private static void projectContext(Model model, ProjectView project) {
        model.addAttribute("projectName", project.name());
        model.addAttribute("projectUrl", "/projects/" + project.id() + "/checklist");
    }
}
