package cn.zhuanban.enterpriseplan.web;

import cn.zhuanban.enterpriseplan.EnterprisePlanLists;
import cn.zhuanban.enterpriseplan.EnterprisePlanManagement;
import cn.zhuanban.enterpriseplan.MeasureForm;
import cn.zhuanban.enterpriseplan.MeasureProgress;
import cn.zhuanban.enterpriseplan.PlanPaths;
import cn.zhuanban.enterpriseplan.PlanViews.MeasureView;
import cn.zhuanban.enterpriseplan.PlanViews.PlanView;
import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The measures of a plan's draft: add, edit, remove; and the progress of a measure, which its owner department
 * records too.
 */
@Controller
@RequestMapping("/enterprise-plans/{planId}/measures")
class PlanMeasureController {

    private final EnterprisePlanLists lists;
    private final EnterprisePlanManagement plans;
    private final DepartmentManagement departments;
    private final FormErrors formErrors;

    PlanMeasureController(
            EnterprisePlanLists lists,
            EnterprisePlanManagement plans,
            DepartmentManagement departments,
            FormErrors formErrors) {
        this.lists = lists;
        this.plans = plans;
        this.departments = departments;
        this.formErrors = formErrors;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_EDIT + "')")
    String newMeasure(@PathVariable long planId, CurrentUser user, Model model) {
        return form(model, lists.plan(planId, null, user), null, MeasureForm.blank(), Map.of());
    }

    @PostMapping
    @CheckedBeforeBinding(PlanPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_EDIT + "')")
    String add(
            @PathVariable long planId,
            @Valid @ModelAttribute("form") MeasureForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        PlanView plan = lists.plan(planId, null, user);
        return formErrors.submit(binding, errors -> form(model, plan, null, form, errors), () -> {
            plans.addMeasure(planId, form, user);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/enterprise-plans/" + planId;
        });
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_EDIT + "')")
    String editForm(@PathVariable long planId, @PathVariable long id, CurrentUser user, Model model) {
        PlanView plan = lists.plan(planId, null, user);
        return form(model, plan, id, measure(plan, id).form(), Map.of());
    }

    @PostMapping("/{id}")
    @CheckedBeforeBinding(PlanPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_EDIT + "')")
    String edit(
            @PathVariable long planId,
            @PathVariable long id,
            @Valid @ModelAttribute("form") MeasureForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        PlanView plan = lists.plan(planId, null, user);
        return formErrors.submit(binding, errors -> form(model, plan, id, form, errors), () -> {
            plans.editMeasure(planId, id, form, user);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/enterprise-plans/" + planId;
        });
    }

    @PostMapping("/{id}/remove")
    @CheckedBeforeBinding(PlanPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_EDIT + "')")
    String remove(@PathVariable long planId, @PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        plans.removeMeasure(planId, id, user);
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/enterprise-plans/" + planId;
    }

    /**
     * Whoever edits plans, or a handler of the measure's owner department (the service checks which measure), from
     * the page of the version in force or of the draft.
     */
    @PostMapping("/{id}/progress")
    @CheckedBeforeBinding(PlanPaths.class)
    @PreAuthorize("hasAnyAuthority('" + Permissions.ENTERPRISE_PLAN_EDIT + "', '" + Permissions.ENTERPRISE_PLAN_PROGRESS
            + "')")
    String progress(
            @PathVariable long planId,
            @PathVariable long id,
            @RequestParam MeasureProgress progress,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            RedirectAttributes redirect) {
        plans.recordProgress(planId, id, progress, user);
        redirect.addFlashAttribute("flash", "admin.saved");
        // back to the version whose page it came from: the approved one in force, or the draft
        return "redirect:/enterprise-plans/" + planId + (version == null ? "" : "?version=" + version);
    }

    private static MeasureView measure(PlanView plan, long id) {
        return plan.measures().stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("enterprise-plan-measure", id));
    }

    private String form(Model model, PlanView plan, Long measureId, MeasureForm form, Map<String, String> errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("measureId", measureId);
        // the stored title, not the form's: a refused form holds what was typed, maybe nothing
        model.addAttribute(
                "savedTitle",
                measureId == null ? null : measure(plan, measureId).title());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("departments", departments.tree());
        return "enterpriseplan/measure-form";
    }
}
