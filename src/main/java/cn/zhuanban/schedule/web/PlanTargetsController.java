package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectPaths;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.PlanTargets;
import cn.zhuanban.shared.web.FormErrors;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The monthly targets of a plan: every month with its rows, planned investment and status; one form sets a month. */
@Controller
@RequestMapping("/projects/{id}/plan/targets")
class PlanTargetsController {

    private final PlanManagement plans;
    private final PlanTargets targets;
    private final FormErrors formErrors;
    private final java.time.Clock clock;

    PlanTargetsController(PlanManagement plans, PlanTargets targets, FormErrors formErrors, java.time.Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.targets = targets;
        this.formErrors = formErrors;
    }

    /** A month's target as typed. */
    record TargetForm(
            @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            String keys,
            BigDecimal plannedInvestment,
            String note) {}

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_VIEW + "')")
    String page(@PathVariable long id, CurrentUser user, Model model) {
        return page(model, plans.sheet(id, user), new TargetForm(YearMonth.now(clock), "", null, null), Map.of());
    }

    @PostMapping
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_EDIT + "')")
    String save(
            @PathVariable long id,
            CurrentUser user,
            @ModelAttribute("form") TargetForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PlanSheet sheet = plans.sheet(id, user);
        return formErrors.submit(binding, errors -> page(model, sheet, form, errors), () -> {
            targets.save(id, user, form.month(), form.keys(), form.plannedInvestment(), form.note());
            redirect.addFlashAttribute("flash", "plan.targets.saved");
            return "redirect:/projects/" + id + "/plan/targets";
        });
    }

    private String page(Model model, PlanSheet sheet, TargetForm form, Map<String, String> errors) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("targets", targets.targets(sheet));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "schedule/targets";
    }
}
