package cn.zhuanban.meeting.web;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.ContactChannel;
import cn.zhuanban.meeting.ContactForm;
import cn.zhuanban.meeting.ContactLogManagement;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.PageQuery;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contact log: the list (of one enterprise or all in scope), the quick entry, the served enterprises. */
@Controller
@RequestMapping("/contacts")
class ContactController {

    private final ContactLogManagement contacts;
    private final EnterpriseManagement enterprises;
    private final ProjectManagement projects;
    private final FormErrors formErrors;
    private final Clock clock;

    ContactController(
            ContactLogManagement contacts,
            EnterpriseManagement enterprises,
            ProjectManagement projects,
            FormErrors formErrors,
            Clock clock) {
        this.contacts = contacts;
        this.enterprises = enterprises;
        this.projects = projects;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.CONTACT_VIEW + "')")
    String list(
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(required = false) Integer page,
            CurrentUser user,
            Model model) {
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute(
                "enterpriseName",
                enterpriseId == null
                        ? null
                        : enterprises.namesOf(List.of(enterpriseId)).get(enterpriseId));
        model.addAttribute("result", contacts.search(enterpriseId, user, PageQuery.of(page, 30)));
        return "meeting/contacts";
    }

    @GetMapping("/enterprises")
    @PreAuthorize("hasAuthority('" + Permissions.CONTACT_VIEW + "')")
    String enterprises(
            @RequestParam(defaultValue = "true") boolean stale,
            @RequestParam(required = false) Integer page,
            CurrentUser user,
            Model model) {
        model.addAttribute("stale", stale);
        model.addAttribute("days", contacts.staleWorkingDays());
        model.addAttribute("result", contacts.statuses(user, stale, LocalDate.now(clock), PageQuery.of(page, 50)));
        return "meeting/contact-enterprises";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.CONTACT_EDIT + "')")
    String newForm(@RequestParam(required = false) Long enterpriseId, CurrentUser user, Model model) {
        return form(model, ContactForm.blank(enterpriseId), Map.of(), user);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.CONTACT_EDIT + "')")
    String create(
            @Valid @ModelAttribute("form") ContactForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, formErrors.of(binding), user);
        }
        try {
            contacts.record(form, user);
        } catch (BusinessException e) {
            return form(model, form, formErrors.of(e), user);
        }
        redirect.addFlashAttribute("flash", "contact.saved");
        return "redirect:/contacts?enterpriseId=" + form.enterpriseId();
    }

    private String form(Model model, ContactForm form, Map<String, String> errors, CurrentUser user) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("enterprises", enterprises.options());
        model.addAttribute(
                "projects",
                projects.search(ProjectFilter.NONE, user, new PageQuery(0, PageQuery.MAX_SIZE))
                        .content());
        model.addAttribute("today", LocalDate.now(clock));
        return "meeting/contact-form";
    }
}
