package cn.zhuanban.enterpriseplan.web;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterpriseplan.EnterprisePlanLists;
import cn.zhuanban.enterpriseplan.EnterprisePlanManagement;
import cn.zhuanban.enterpriseplan.PlanForm;
import cn.zhuanban.enterpriseplan.PlanPaths;
import cn.zhuanban.enterpriseplan.PlanStatus;
import cn.zhuanban.enterpriseplan.PlanViews.PlanView;
import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
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

/** Enterprise plans: the list, a plan at a version, its form, a new version and the approval. */
@Controller
@RequestMapping("/enterprise-plans")
class EnterprisePlanController {

    private final EnterprisePlanLists lists;
    private final EnterprisePlanManagement plans;
    private final EnterpriseManagement enterprises;
    private final FormErrors formErrors;

    EnterprisePlanController(
            EnterprisePlanLists lists,
            EnterprisePlanManagement plans,
            EnterpriseManagement enterprises,
            FormErrors formErrors) {
        this.lists = lists;
        this.plans = plans;
        this.enterprises = enterprises;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_VIEW + "')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("result", lists.plans(q, status, user, PageQuery.ofList(page, size, 20)));
        return Paging.isHtmx(request) ? "enterpriseplan/list :: results" : "enterpriseplan/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_EDIT + "')")
    String newPlan(@RequestParam(required = false) Long enterpriseId, CurrentUser user, Model model) {
        return form(model, user, null, enterpriseId, PlanForm.blank(), Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_EDIT + "')")
    String create(
            @Valid @ModelAttribute("form") NewPlanForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        // A missing or mistyped enterprise gets its field message beside the choice, with the texts kept.
        Long enterpriseId = form.enterpriseId();
        return formErrors.submit(binding, errors -> form(model, user, null, enterpriseId, form.plan(), errors), () -> {
            long id = plans.create(enterpriseId, form.plan(), user);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/enterprise-plans/" + id;
        });
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_VIEW + "')")
    String plan(@PathVariable long id, @RequestParam(required = false) Integer version, CurrentUser user, Model model) {
        model.addAttribute("plan", lists.plan(id, version, user));
        return "enterpriseplan/plan";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_EDIT + "')")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        PlanView plan = lists.plan(id, null, user);
        model.addAttribute("plan", plan);
        return form(model, user, id, plan.enterpriseId(), plan.form(), Map.of());
    }

    @PostMapping("/{id}")
    @CheckedBeforeBinding(PlanPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_EDIT + "')")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        PlanView plan = lists.plan(id, null, user);
        model.addAttribute("plan", plan);
        return formErrors.submit(binding, errors -> form(model, user, id, plan.enterpriseId(), form, errors), () -> {
            plans.edit(id, form, user);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/enterprise-plans/" + id;
        });
    }

    @PostMapping("/{id}/new-version")
    @CheckedBeforeBinding(PlanPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_EDIT + "')")
    String newVersion(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        plans.newVersion(id, user);
        redirect.addFlashAttribute("flash", "enterpriseplan.version-started");
        return "redirect:/enterprise-plans/" + id + "/edit";
    }

    @PostMapping("/{id}/approve")
    @CheckedBeforeBinding(PlanPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_APPROVE + "')")
    String approve(@PathVariable long id, @RequestParam int version, CurrentUser user, RedirectAttributes redirect) {
        plans.approve(id, version, user);
        redirect.addFlashAttribute("flash", "enterpriseplan.approved.flash");
        return "redirect:/enterprise-plans/" + id;
    }

    @GetMapping("/{id}/versions")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_VIEW + "')")
    String versions(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("plan", lists.plan(id, null, user));
        model.addAttribute("versions", lists.versions(id, user));
        return "enterpriseplan/versions";
    }

    @GetMapping("/{id}/diff")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_VIEW + "')")
    String diff(
            @PathVariable long id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            CurrentUser user,
            Model model) {
        model.addAttribute("plan", lists.plan(id, null, user));
        model.addAttribute("diff", lists.diff(id, from, to, user));
        return "enterpriseplan/diff";
    }

    private String form(
            Model model, CurrentUser user, Long planId, Long enterpriseId, PlanForm form, Map<String, String> errors) {
        model.addAttribute("planId", planId);
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (planId == null) {
            model.addAttribute("enterpriseChoices", enterprises.choices(user, null, enterpriseId));
        }
        return "enterpriseplan/form";
    }
}
