package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectPickLists;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketSeverity;
import jakarta.validation.Valid;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reporting a problem from a phone: one short form, the project pre-selected when the user has
 * only one (an enterprise contact), possible duplicates shown while typing (htmx), photos attached.
 */
@Controller
@RequestMapping("/tickets")
class TicketReportController {

    private final TicketManagement management;
    private final TicketLists lists;
    private final ProjectPickLists projects;
    private final FormErrors formErrors;

    TicketReportController(
            TicketManagement management, TicketLists lists, ProjectPickLists projects, FormErrors formErrors) {
        this.management = management;
        this.lists = lists;
        this.projects = projects;
        this.formErrors = formErrors;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_REPORT + "')")
    String form(@RequestParam(required = false) Long projectId, CurrentUser user, Model model) {
        return form(model, user, new ReportCommand(projectId, null, null, null, null), Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_REPORT + "')")
    String report(
            @Valid @ModelAttribute ReportCommand command,
            BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, user, command, errors), () -> {
            long id = management.report(command, TicketUploads.of(files), user);
            redirect.addFlashAttribute("flash", "ticket.reported");
            return "redirect:/tickets/" + id;
        });
    }

    @GetMapping("/duplicates")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_REPORT + "')")
    String duplicates(
            @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) TicketCategory category,
            @RequestParam(required = false) String title,
            CurrentUser user,
            Model model) {
        model.addAttribute(
                "duplicates",
                projectId == null || category == null
                        ? List.of()
                        : lists.possibleDuplicates(projectId, category, title, user));
        return "ticket/report :: duplicates";
    }

    private String form(Model model, CurrentUser user, ReportCommand command, Map<String, String> errors) {
        var choices = projects.choices(user, null, command.projectId());
        // Only the blank form: a refused one without a project showed the first project as chosen beside 必填项.
        Long projectId = command.projectId() == null && errors.isEmpty() && preselect(user, choices.size())
                ? Long.valueOf(choices.getFirst().id()) // boxed: a long here would unbox a null choice
                : command.projectId();
        model.addAttribute(
                "command",
                new ReportCommand(
                        projectId, command.category(), command.title(), command.description(), command.severity()));
        model.addAttribute("projectChoices", choices);
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("severities", TicketSeverity.values());
        model.addAttribute("duplicates", List.of());
        model.addAttribute("errors", errors);
        return "ticket/report";
    }

    /** An enterprise contact reports on their own project: the first one is chosen for them, as is a single one. */
    private static boolean preselect(CurrentUser user, int choices) {
        return choices == 1 || (choices > 1 && user.dataScope() == cn.zhuanban.identity.DataScope.ENTERPRISE);
    }
}
