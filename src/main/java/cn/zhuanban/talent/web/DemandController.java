package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.Paging;
import cn.zhuanban.talent.DemandPaths;
import cn.zhuanban.talent.DemandStatus;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.TalentViews.DemandFilter;
import cn.zhuanban.talent.TalentViews.DemandView;
import cn.zhuanban.talent.Urgency;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
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

/** Talent demands: the list (an enterprise contact sees their own only), the form, opening and closing. */
@Controller
@RequestMapping("/talent/demands")
class DemandController {

    private final TalentManagement talent;
    private final TalentNames names;
    private final DemandPage demandPage;
    private final FormErrors formErrors;

    DemandController(TalentManagement talent, TalentNames names, DemandPage demandPage, FormErrors formErrors) {
        this.talent = talent;
        this.names = names;
        this.demandPage = demandPage;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_VIEW + "')")
    String list(
            @ModelAttribute DemandFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            HttpServletRequest request,
            Model model) {
        PageResult<DemandView> result = talent.demands(user, filter, PageQuery.ofList(page, size, 20));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute(
                "enterpriseNames",
                names.enterprises(
                        result.content().stream().map(DemandView::enterpriseId).toList()));
        model.addAttribute(
                "projectNames",
                names.projects(
                        result.content().stream().map(DemandView::projectId).toList()));
        // The list opened from a project or an enterprise says so, with a way back to all (audit D11).
        // Only a project or enterprise the reader sees is named: others are as unknown as on their own pages.
        model.addAttribute("filterProjectName", names.visibleProject(filter.projectId(), user));
        model.addAttribute("filterEnterpriseName", names.visibleEnterprise(filter.enterpriseId(), user));
        model.addAttribute("statuses", DemandStatus.values());
        model.addAttribute("urgencies", Urgency.values());
        return Paging.isHtmx(request) ? "talent/demands :: rows" : "talent/demands";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_VIEW + "')")
    String show(@PathVariable long id, @RequestParam(required = false) Integer page, CurrentUser user, Model model) {
        return demandPage.show(user, id, page, model, Map.of());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_EDIT + "')")
    String newForm(
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(required = false) Long projectId,
            CurrentUser user,
            Model model) {
        // Opened from a project's demands (?projectId=): its enterprise is chosen too (audit D11).
        Long enterprise = enterpriseId != null ? enterpriseId : names.enterpriseOf(projectId, user);
        return form(model, user, null, DemandForms.blank(enterprise, projectId), Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_EDIT + "')")
    String create(
            @Valid @ModelAttribute DemandForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, user, null, form, errors), () -> {
            long id = talent.createDemand(user, form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/talent/demands/" + id;
        });
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_EDIT + "')")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        DemandView demand = talent.demand(user, id);
        return form(model, user, demand, DemandForms.of(demand), Map.of());
    }

    @PostMapping("/{id}")
    @CheckedBeforeBinding(DemandPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_EDIT + "')")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute DemandForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        DemandView demand = talent.demand(user, id);
        return formErrors.submit(
                binding,
                errors -> form(model, user, demand, DemandForms.keepingEnterprise(form, demand), errors),
                () -> {
                    talent.editDemand(user, id, form);
                    redirect.addFlashAttribute("flash", "admin.saved");
                    return "redirect:/talent/demands/" + id;
                });
    }

    @PostMapping("/{id}/status")
    @CheckedBeforeBinding(DemandPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_EDIT + "')")
    String status(
            @PathVariable long id, @RequestParam DemandStatus status, CurrentUser user, RedirectAttributes redirect) {
        talent.setDemandStatus(user, id, status);
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/talent/demands/" + id;
    }

    /** The page shows {@code form}: the stored demand when opened, what the user typed when refused. */
    private String form(Model model, CurrentUser user, DemandView demand, DemandForm form, Map<String, String> errors) {
        Long enterpriseId = form.enterpriseId();
        Long projectId = form.projectId();
        model.addAttribute("demand", demand);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("projectId", projectId);
        model.addAttribute("educations", Education.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("enterpriseChoices", names.enterpriseChoices(user, enterpriseId));
        model.addAttribute("projectChoices", names.projectChoices(user, projectId, enterpriseId));
        model.addAttribute(
                "enterpriseNames", names.enterprises(Stream.of(enterpriseId).toList()));
        return "talent/demand-form";
    }
}
