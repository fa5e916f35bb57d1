package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectPickLists;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.ticket.InstructionCommand;
import cn.zhuanban.ticket.LeaderInstructions;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketSeverity;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The leader's instruction form (领导批示): a project of his scope, what the problem is, his words, and at once the
 * department that is to solve it, how severe it is (its time limit counts the deadlines) or by which working day. A
 * project outside his scope is not found, on the form as on its post, before anything else is checked.
 */
@Controller
@RequestMapping("/tickets")
class InstructionController {

    private final LeaderInstructions instructions;
    private final ProjectReads projects;
    private final ProjectPickLists pickLists;
    private final DepartmentManagement departments;
    private final FormErrors formErrors;
    private final DeadlineYears deadlineYears;

    InstructionController(
            LeaderInstructions instructions,
            ProjectReads projects,
            ProjectPickLists pickLists,
            DepartmentManagement departments,
            FormErrors formErrors,
            DeadlineYears deadlineYears) {
        this.deadlineYears = deadlineYears;
        this.instructions = instructions;
        this.projects = projects;
        this.pickLists = pickLists;
        this.departments = departments;
        this.formErrors = formErrors;
    }

    @GetMapping("/instructions/new")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_INSTRUCT + "')")
    String form(@RequestParam(required = false) Long projectId, CurrentUser user, Model model) {
        checkProject(projectId, user);
        return form(model, user, InstructionCommand.forProject(projectId), Map.of());
    }

    @PostMapping("/instructions")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_INSTRUCT + "')")
    String instruct(
            @Valid @ModelAttribute("command") InstructionCommand command,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        checkProject(command.projectId(), user);
        return formErrors.submit(binding, errors -> form(model, user, command, errors), () -> {
            long id = instructions.open(command, user);
            redirect.addFlashAttribute("flash", "ticket.instruction.given");
            return "redirect:/tickets/" + id;
        });
    }

    /**
     * An instruction on an existing ticket, from its page. A refusal (the ticket ended meanwhile, changed since the page
     * was read) is said above the page again; a ticket outside the leader's projects is not found.
     */
    @PostMapping("/{id}/instructions")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_INSTRUCT + "')")
    String add(
            @PathVariable long id,
            @RequestParam(required = false) String content,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            instructions.add(id, content, version, user);
            redirect.addFlashAttribute("flash", "ticket.instruction.added");
        } catch (NotFoundException e) {
            throw e;
        } catch (BusinessException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashWarning", "ticket.instruction.refused");
        }
        return "redirect:/tickets/" + id;
    }

    /** Someone else's project is not found: the leader learns nothing of projects outside his scope. */
    private void checkProject(Long projectId, CurrentUser user) {
        if (projectId != null && !projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
    }

    private String form(Model model, CurrentUser user, InstructionCommand command, Map<String, String> errors) {
        var choices = pickLists.choices(user, null, command.projectId());
        model.addAttribute(
                "command",
                // only the blank form: a refused one without a project showed the only one as chosen beside 必填项
                command.projectId() == null && errors.isEmpty() && choices.size() == 1
                        ? new InstructionCommand(
                                Long.valueOf(choices.getFirst().id()),
                                command.category(),
                                command.title(),
                                command.content(),
                                command.departmentId(),
                                command.coDepartmentIds(),
                                command.resolveBy(),
                                command.severity())
                        : command);
        model.addAttribute("projectChoices", choices);
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("severities", TicketSeverity.values());
        var counted = instructions.countedResolveBy();
        model.addAttribute("countedResolveBy", counted);
        model.addAttribute(
                "deadlineYearsMissing",
                deadlineYears.withoutHolidays(counted.values().stream()
                        .flatMap(bySeverity -> bySeverity.values().stream())
                        .toList()));
        model.addAttribute("departments", departments.handlingTickets());
        model.addAttribute("errors", errors);
        return "ticket/instruction";
    }
}
