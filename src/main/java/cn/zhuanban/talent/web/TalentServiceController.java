package cn.zhuanban.talent.web;

import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.talent.CandidatePool;
import cn.zhuanban.talent.ChosenDates;
import cn.zhuanban.talent.RecruitmentManagement;
import cn.zhuanban.talent.ServiceKind;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import cn.zhuanban.talent.TalentViews.ServiceFilter;
import cn.zhuanban.talent.TalentViews.ServiceView;
import jakarta.validation.Valid;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Talent services with owners and deadlines: the list, the form to open or edit one, marking done. Staff pages. */
@Controller
class TalentServiceController {

    private static final String STAFF = "hasAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "')";

    private final RecruitmentManagement recruitment;
    private final UserDirectory users;
    private final FormErrors formErrors;
    private final TalentNames names;
    private final CandidatePool pool;
    private final ChosenDates chosenDates;

    TalentServiceController(
            RecruitmentManagement recruitment,
            UserDirectory users,
            FormErrors formErrors,
            TalentNames names,
            CandidatePool pool,
            ChosenDates chosenDates) {
        this.recruitment = recruitment;
        this.users = users;
        this.formErrors = formErrors;
        this.names = names;
        this.pool = pool;
        this.chosenDates = chosenDates;
    }

    @GetMapping("/talent/services")
    @PreAuthorize(STAFF)
    String services(
            @ModelAttribute ServiceFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        PageResult<ServiceView> result = recruitment.services(filter, PageQuery.ofList(page, size, 20));
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
    String newService(CurrentUser user, Model model) {
        ServiceForm empty = new ServiceForm(null, null, null, user.id(), null, null, 0);
        return form(model, user, null, empty, Map.of());
    }

    @PostMapping("/talent/services")
    @PreAuthorize(STAFF)
    String create(
            @Valid @ModelAttribute ServiceForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, user, null, form, errors), () -> {
            chosenDates.checkDeadline(form, null);
            recruitment.openService(user, form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/talent/services";
        });
    }

    @GetMapping("/talent/services/{id}/edit")
    @PreAuthorize(STAFF)
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        ServiceView s = recruitment.service(user, id);
        ServiceForm form = new ServiceForm(
                s.kind(), s.enterpriseId(), s.candidateId(), s.ownerId(), s.deadline(), s.description(), s.version());
        return form(model, user, s, form, Map.of());
    }

    @PostMapping("/talent/services/{id}")
    @PreAuthorize(STAFF)
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute ServiceForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        ServiceView existing = recruitment.service(user, id);
        return formErrors.submit(binding, errors -> form(model, user, existing, form, errors), () -> {
            chosenDates.checkDeadline(form, existing);
            recruitment.editService(user, id, form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/talent/services";
        });
    }

    @PostMapping("/talent/services/{id}/done")
    @PreAuthorize(STAFF)
    String done(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        recruitment.serviceDone(user, id);
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/talent/services";
    }

    /** Owners are the dispatch office's staff, plus whoever owns the item now. */
    private String form(
            Model model, CurrentUser user, ServiceView service, ServiceForm form, Map<String, String> errors) {
        List<UserView> owners = new ArrayList<>(users.withRole(BuiltinRoles.DISPATCH_OFFICE));
        if (form.ownerId() != null && owners.stream().noneMatch(u -> u.id() == form.ownerId())) {
            users.find(form.ownerId()).ifPresent(owners::add);
        }
        model.addAttribute("service", service);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("owners", owners);
        // Pickers instead of id fields: a page of enterprises and one of candidates, each narrowed by a search box
        // beside it and keeping the service's own one (past the page it would be dropped on saving).
        model.addAttribute("enterpriseChoices", names.enterpriseChoices(user, form.enterpriseId()));
        model.addAttribute("candidateChoices", pool.choices(user, null, form.candidateId()));
        return "talent/service-form";
    }
}
