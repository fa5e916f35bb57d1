package cn.zhuanban.serviceevaluation.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.serviceevaluation.EvaluationForm;
import cn.zhuanban.serviceevaluation.EvaluationView;
import cn.zhuanban.serviceevaluation.ServiceEvaluationLedger;
import cn.zhuanban.serviceevaluation.ServiceEvaluationManagement;
import cn.zhuanban.serviceevaluation.ServiceRating;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
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

/**
 * The enterprise contact's side: his projects with this month's rating, and the rating form of one of them, which
 * shows this month's rating to change when there is one. Made for a phone: one column, large choices.
 */
@Controller
@RequestMapping("/service-evaluations")
class EvaluationRatingController {

    private final ServiceEvaluationManagement evaluations;
    private final ServiceEvaluationLedger ledger;
    private final ProjectReads projects;
    private final FormErrors formErrors;

    EvaluationRatingController(
            ServiceEvaluationManagement evaluations,
            ServiceEvaluationLedger ledger,
            ProjectReads projects,
            FormErrors formErrors) {
        this.evaluations = evaluations;
        this.ledger = ledger;
        this.projects = projects;
        this.formErrors = formErrors;
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('" + Permissions.EVALUATION_RATE + "')")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("month", ledger.thisMonth());
        model.addAttribute("projects", ledger.ratable(user));
        return "serviceevaluation/mine";
    }

    @GetMapping("/projects/{projectId}")
    @PreAuthorize("hasAuthority('" + Permissions.EVALUATION_RATE + "')")
    String form(@PathVariable long projectId, CurrentUser user, Model model) {
        Optional<EvaluationView> current = ledger.thisMonth(projectId, user);
        EvaluationForm form = current.map(c -> new EvaluationForm(
                        c.rating(), c.responsiveness(), c.problemSolving(), c.attitude(), c.comment(), c.version()))
                .orElse(EvaluationForm.blank());
        return form(projectId, form, current, user, model, Map.of());
    }

    @PostMapping("/projects/{projectId}")
    @PreAuthorize("hasAuthority('" + Permissions.EVALUATION_RATE + "')")
    String rate(
            @PathVariable long projectId,
            @Valid @ModelAttribute("form") EvaluationForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(
                binding,
                errors -> form(projectId, form, ledger.thisMonth(projectId, user), user, model, errors),
                () -> {
                    evaluations.rate(projectId, form, user);
                    redirect.addFlashAttribute("flash", "evaluation.saved");
                    return "redirect:/service-evaluations/mine";
                });
    }

    private String form(
            long projectId,
            EvaluationForm form,
            Optional<EvaluationView> current,
            CurrentUser user,
            Model model,
            Map<String, String> errors) {
        ProjectView project = projects.find(projectId, user);
        model.addAttribute("project", project);
        model.addAttribute("month", ledger.thisMonth());
        model.addAttribute("form", form);
        model.addAttribute("current", current.orElse(null));
        // The version stored now: after a change by another contact meanwhile, a second save keeps this one's input.
        model.addAttribute("storedVersion", current.map(EvaluationView::version).orElse(null));
        model.addAttribute("ratings", ServiceRating.values());
        model.addAttribute("errors", errors);
        return "serviceevaluation/form";
    }
}
