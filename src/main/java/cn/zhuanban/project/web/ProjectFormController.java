package cn.zhuanban.project.web;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StageReadiness;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a project (dispatch office) and editing one within the editor's data scope. */
@Controller
@RequestMapping("/projects")
class ProjectFormController {

    private final ProjectManagement projects;
    private final ProjectReads reads;
    private final EnterpriseManagement enterprises;
    private final TaskForceManagement taskForces;
    private final UserDirectory directory;
    private final FormErrors formErrors;
    private final List<StageReadiness> readiness;

    ProjectFormController(
            ProjectManagement projects,
            ProjectReads reads,
            EnterpriseManagement enterprises,
            TaskForceManagement taskForces,
            UserDirectory directory,
            FormErrors formErrors,
            List<StageReadiness> readiness) {
        this.readiness = readiness;
        this.projects = projects;
        this.reads = reads;
        this.enterprises = enterprises;
        this.taskForces = taskForces;
        this.directory = directory;
        this.formErrors = formErrors;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.PROJECT_CREATE + "')")
    String newForm(CurrentUser user, Model model) {
        ProjectForm blank = new ProjectForm(
                "",
                null,
                null,
                ProjectLevel.DISTRICT,
                ProjectStage.PLANNED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
        return form(model, user, null, null, blank, Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.PROJECT_CREATE + "')")
    String create(
            @Validated({Default.class, ProjectForm.OnPage.class}) @ModelAttribute("form") ProjectForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, user, null, null, form, errors), () -> {
            long id = projects.create(form, user);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/projects/" + id;
        });
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.PROJECT_EDIT + "')")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        var project = reads.find(id, user);
        return form(model, user, id, project.name(), ProjectForm.of(project), Map.of());
    }

    /**
     * Saves the project. A move into 在建 or 投产 needs the actual date (实际开工/投产日期), which the plan's stage goal
     * and the lead take over, and, while the checklist or the plan still has open work, a confirmation after the form
     * has listed it (audit D3).
     */
    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.PROJECT_EDIT + "')")
    String edit(
            @PathVariable long id,
            @Validated({Default.class, ProjectForm.OnPage.class}) @ModelAttribute("form") ProjectForm form,
            BindingResult binding,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate stageOn,
            @RequestParam(defaultValue = "false") boolean confirmOpen,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var stored = reads.find(id, user);
        ProjectStage current = stored.stage();
        model.addAttribute("stageOn", stageOn);
        return formErrors.submit(binding, errors -> form(model, user, id, stored.name(), form, errors), () -> {
            if (StageReadiness.checked(current, form.stage())) {
                if (stageOn == null) {
                    throw new BusinessException(ErrorCode.PROJECT_STAGE_DATE_REQUIRED, "stageOn");
                }
                List<StageReadiness.OpenWork> open = readiness.stream()
                        .flatMap(r -> r.openBefore(id, form.stage()).stream())
                        .toList();
                if (!open.isEmpty() && !confirmOpen) {
                    model.addAttribute("openWork", open);
                    return form(model, user, id, stored.name(), form, Map.of());
                }
            }
            projects.edit(id, form, stageOn, user);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/projects/" + id;
        });
    }

    /** The title names the stored project ({@code savedName}): a refused form holds what was typed, maybe nothing. */
    private String form(
            Model model, CurrentUser user, Long id, String savedName, ProjectForm form, Map<String, String> errors) {
        model.addAttribute("projectId", id);
        model.addAttribute("savedName", savedName);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("enterpriseChoices", enterprises.choices(user, null, form.enterpriseId()));
        model.addAttribute("leadOfficials", directory.withRole(BuiltinRoles.LEAD_OFFICIAL));
        model.addAttribute("taskForceChoices", taskForces.choices(user, null, form.taskForceId()));
        model.addAttribute("selectedTaskForce", form.taskForceId());
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("stages", ProjectStage.values());
        return "project/form";
    }
}
