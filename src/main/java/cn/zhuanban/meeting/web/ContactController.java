package cn.zhuanban.meeting.web;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.ContactChannel;
import cn.zhuanban.meeting.ContactFilter;
import cn.zhuanban.meeting.ContactForm;
import cn.zhuanban.meeting.ContactLogManagement;
import cn.zhuanban.meeting.ContactView;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectPickLists;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketSeverity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contact log: the list (of one enterprise or all in scope), the quick entry, the served enterprises. */
@Controller
@RequestMapping("/contacts")
class ContactController {

    /** The rows of a page when none is asked: the pager's first size, as every list (30 read 每页 30 条 / 20 / 50 / 100). */
    static final int PAGE_SIZE = PageQuery.LIST_SIZES.getFirst();

    private final ContactLogManagement contacts;
    private final EnterpriseManagement enterprises;
    private final ProjectReads projects;
    private final ProjectPickLists pickLists;
    private final FormErrors formErrors;
    private final Clock clock;

    ContactController(
            ContactLogManagement contacts,
            EnterpriseManagement enterprises,
            ProjectReads projects,
            ProjectPickLists pickLists,
            FormErrors formErrors,
            Clock clock) {
        this.contacts = contacts;
        this.enterprises = enterprises;
        this.projects = projects;
        this.pickLists = pickLists;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    /**
     * The list, filtered in the database within the user's scope. A filter that cannot be read or a date range that
     * ends before it starts shows the list empty with the reason beside the dates, rather than an error page: the
     * user corrects it where he typed it.
     */
    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.CONTACT_VIEW + "')")
    String list(
            @ModelAttribute("filter") ContactFilter filter,
            BindingResult binding,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        ContactFilter shown = filter == null ? ContactFilter.none() : filter;
        PageQuery pageQuery = PageQuery.ofList(page, size, PAGE_SIZE);
        Map<String, String> errors = binding.hasErrors() ? formErrors.of(binding) : Map.of();
        PageResult<ContactView> result = new PageResult<>(List.of(), pageQuery.page(), pageQuery.size(), 0);
        if (errors.isEmpty()) {
            try {
                result = contacts.search(shown, user, pageQuery);
            } catch (BusinessException e) {
                errors = formErrors.of(e);
            }
        }
        Long enterpriseId = shown.enterpriseId();
        model.addAttribute("filter", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("result", result);
        // The page titled after an enterprise is that enterprise's page: one outside the scope is not found.
        model.addAttribute(
                "enterpriseName",
                enterpriseId == null
                        ? null
                        : enterprises
                                .visibleNameOf(enterpriseId, user)
                                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId)));
        model.addAttribute("enterpriseChoices", enterprises.choices(user, null, enterpriseId));
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("staff", contacts.staff(user));
        return "meeting/contacts";
    }

    @GetMapping("/enterprises")
    @PreAuthorize("hasAuthority('" + Permissions.CONTACT_VIEW + "')")
    String enterprises(
            @RequestParam(defaultValue = "true") boolean stale,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        model.addAttribute("stale", stale);
        model.addAttribute("q", q);
        model.addAttribute("days", contacts.staleWorkingDays());
        model.addAttribute(
                "result", contacts.statuses(user, stale, q, LocalDate.now(clock), PageQuery.ofList(page, size, 50)));
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
        return formErrors.submit(binding, errors -> form(model, form, errors, user), () -> {
            contacts.record(form, user);
            redirect.addFlashAttribute("flash", "contact.saved");
            return "redirect:/contacts?enterpriseId=" + form.enterpriseId();
        });
    }

    /** The ticket report form, pre-filled from the entry: its project, its content as the description. */
    @GetMapping("/{id}/ticket")
    @PreAuthorize(
            "hasAuthority('" + Permissions.CONTACT_EDIT + "') and hasAuthority('" + Permissions.TICKET_REPORT + "')")
    String ticketForm(@PathVariable long id, CurrentUser user, Model model) {
        ContactView c = contacts.find(id, user);
        if (c.ticketId() != null) {
            return "redirect:/tickets/" + c.ticketId();
        }
        String title = c.content().lines().findFirst().orElse("").strip();
        ReportCommand prefilled = new ReportCommand(
                c.projectId(),
                null,
                title.length() > 60 ? title.substring(0, 60) : title,
                c.followUp() == null ? c.content() : c.content() + "\n" + c.followUp(),
                null);
        return ticketForm(model, c, prefilled, Map.of(), user);
    }

    /** Reports the ticket and links the entry to it, then opens the ticket. */
    @PostMapping("/{id}/ticket")
    @PreAuthorize(
            "hasAuthority('" + Permissions.CONTACT_EDIT + "') and hasAuthority('" + Permissions.TICKET_REPORT + "')")
    String openTicket(
            @PathVariable long id,
            @Valid @ModelAttribute("command") ReportCommand command,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(
                binding, errors -> ticketForm(model, contacts.find(id, user), command, errors, user), () -> {
                    long ticket = contacts.openTicket(id, command, user);
                    redirect.addFlashAttribute("flash", "contact.ticketed");
                    return "redirect:/tickets/" + ticket;
                });
    }

    private String ticketForm(
            Model model, ContactView contact, ReportCommand command, Map<String, String> errors, CurrentUser user) {
        model.addAttribute("contact", contact);
        model.addAttribute("command", command);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "projects",
                projects.search(
                                ProjectFilter.ofEnterprise(contact.enterpriseId()),
                                user,
                                new PageQuery(0, PageQuery.MAX_SIZE))
                        .content());
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("severities", TicketSeverity.values());
        return "meeting/contact-ticket";
    }

    private String form(Model model, ContactForm form, Map<String, String> errors, CurrentUser user) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("enterpriseChoices", enterprises.choices(user, null, form.enterpriseId()));
        model.addAttribute("projectChoices", pickLists.choices(user, null, form.projectId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "meeting/contact-form";
    }
}
