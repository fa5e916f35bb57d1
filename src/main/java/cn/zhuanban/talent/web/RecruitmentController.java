package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.talent.EventKind;
import cn.zhuanban.talent.RecruitmentManagement;
import cn.zhuanban.talent.ServiceKind;
import cn.zhuanban.talent.TalentCommands.EventForm;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.TalentViews.DemandFilter;
import cn.zhuanban.talent.TalentViews.ServiceFilter;
import cn.zhuanban.talent.TalentViews.ServiceView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recruitment events linked to demands, and talent services with owners and deadlines. Staff pages. */
@Controller
class RecruitmentController {

    private static final String STAFF = "hasAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "')";

    private final RecruitmentManagement recruitment;
    private final TalentManagement talent;
    private final UserDirectory users;
    private final FormErrors formErrors;

    RecruitmentController(
            RecruitmentManagement recruitment, TalentManagement talent, UserDirectory users, FormErrors formErrors) {
        this.recruitment = recruitment;
        this.talent = talent;
        this.users = users;
        this.formErrors = formErrors;
    }

    @GetMapping("/talent/events")
    @PreAuthorize(STAFF)
    String events(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", recruitment.events(PageQuery.of(page, 20)));
        return "talent/events";
    }

    @GetMapping("/talent/events/new")
    @PreAuthorize(STAFF)
    String newEvent(CurrentUser user, Model model) {
        return eventForm(user, model, Map.of());
    }

    @PostMapping("/talent/events")
    @PreAuthorize(STAFF)
    String createEvent(
            @Valid @ModelAttribute EventForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return eventForm(user, model, formErrors.of(binding));
        }
        try {
            recruitment.createEvent(form);
        } catch (BusinessException e) {
            return eventForm(user, model, formErrors.of(e));
        }
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/talent/events";
    }

    @GetMapping("/talent/services")
    @PreAuthorize(STAFF)
    String services(@ModelAttribute ServiceFilter filter, @RequestParam(required = false) Integer page, Model model) {
        PageResult<ServiceView> result = recruitment.services(filter, PageQuery.of(page, 20));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute(
                "owners",
                users.namesOf(result.content().stream()
                        .map(ServiceView::ownerId)
                        .distinct()
                        .toList()));
        return "talent/services";
    }

    @GetMapping("/talent/services/new")
    @PreAuthorize(STAFF)
    String newService(Model model) {
        return serviceForm(model, Map.of());
    }

    @PostMapping("/talent/services")
    @PreAuthorize(STAFF)
    String createService(
            @Valid @ModelAttribute ServiceForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return serviceForm(model, formErrors.of(binding));
        }
        recruitment.openService(form);
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/talent/services";
    }

    @PostMapping("/talent/services/{id}/done")
    @PreAuthorize(STAFF)
    String serviceDone(@PathVariable long id, RedirectAttributes redirect) {
        recruitment.serviceDone(id);
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/talent/services";
    }

    private String eventForm(CurrentUser user, Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute(
                "demands",
                talent.demands(
                                user,
                                new DemandFilter(null, null, null, cn.zhuanban.talent.DemandStatus.OPEN, null),
                                new PageQuery(0, PageQuery.MAX_SIZE))
                        .content());
        return "talent/event-form";
    }

    private String serviceForm(Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("owners", users.withRole(cn.zhuanban.identity.BuiltinRoles.DISPATCH_OFFICE));
        return "talent/service-form";
    }
}
