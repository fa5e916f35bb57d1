package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectPickLists;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.Paging;
import cn.zhuanban.ticket.Assignments;
import cn.zhuanban.ticket.InstructionRecords;
import cn.zhuanban.ticket.MoveCheck;
import cn.zhuanban.ticket.MoveCommand;
import cn.zhuanban.ticket.MoveDone;
import cn.zhuanban.ticket.ResolveEvidence;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketFile;
import cn.zhuanban.ticket.TicketFilter;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketOutcome;
import cn.zhuanban.ticket.TicketRating;
import cn.zhuanban.ticket.TicketSeverity;
import cn.zhuanban.ticket.TicketSource;
import cn.zhuanban.ticket.TicketStaff;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketTodo;
import cn.zhuanban.ticket.TicketView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ticket lists with the to-do tabs, the ticket page with its timeline, and the moves as buttons. */
@Controller
@RequestMapping("/tickets")
class TicketPageController {

    private final TicketLists lists;
    private final ProjectPickLists projects;
    private final TicketManagement management;
    private final DepartmentManagement departments;
    private final FormErrors formErrors;
    private final Assignments assignments;
    private final InstructionRecords instructions;
    private final ResolveEvidence evidence;
    private final DeadlineYears deadlineYears;
    private final MessageSource messages;

    TicketPageController(
            TicketLists lists,
            ProjectPickLists projects,
            TicketManagement management,
            DepartmentManagement departments,
            FormErrors formErrors,
            Assignments assignments,
            InstructionRecords instructions,
            ResolveEvidence evidence,
            DeadlineYears deadlineYears,
            MessageSource messages) {
        this.messages = messages;
        this.deadlineYears = deadlineYears;
        this.instructions = instructions;
        this.evidence = evidence;
        this.lists = lists;
        this.projects = projects;
        this.management = management;
        this.departments = departments;
        this.formErrors = formErrors;
        this.assignments = assignments;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_VIEW + "')")
    String list(
            @ModelAttribute TicketFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("result", lists.search(filter, user, PageQuery.ofList(page, size, 20)));
        if (Paging.isHtmx(request)) {
            return "ticket/list :: rows"; // the rows alone: the tabs, filters and pick lists are on the page already
        }
        model.addAttribute("todo", lists.todo(user));
        // An enterprise contact sees his own lists only, and no department filter: the staff's work is not his.
        boolean staff = TicketStaff.follows(user);
        model.addAttribute("staff", staff);
        model.addAttribute(
                "todos",
                Arrays.stream(TicketTodo.values()).filter(t -> t.isDutyOf(user)).toList());
        model.addAttribute("states", TicketState.values());
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("cards", TicketCard.values());
        model.addAttribute("sources", TicketSource.values());
        model.addAttribute("departments", staff ? departments.tree() : List.of());
        model.addAttribute("projectChoices", projects.choices(user, null, filter.projectId()));
        return "ticket/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_VIEW + "')")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        return detailPage(id, user, model);
    }

    private String detailPage(long id, CurrentUser user, Model model) {
        TicketView ticket = lists.find(id, user);
        model.addAttribute("ticket", ticket);
        model.addAttribute("instruction", instructions.panel(id, user));
        if (ticket.nextMoves().contains(TicketMove.MERGE)) {
            model.addAttribute("mergeTargets", lists.mergeTargets(id, user));
        }
        model.addAttribute("departments", assignable(ticket));
        if (ticket.nextMoves().contains(TicketMove.ASSIGN) || ticket.nextMoves().contains(TicketMove.REASSIGN)) {
            model.addAttribute("severities", TicketSeverity.values());
            Map<TicketSeverity, LocalDate> offered = assignments.defaultResolveBy(ticket);
            model.addAttribute("defaultResolveBy", offered);
            model.addAttribute("deadlineYearsMissing", deadlineYears.withoutHolidays(offered.values()));
        }
        if (ticket.nextMoves().contains(TicketMove.RESOLVE)) {
            model.addAttribute("pendingEvidence", evidence.pending(id, user));
        }
        model.addAttribute("outcomes", TicketOutcome.values());
        model.addAttribute("ratings", TicketRating.values());
        model.addAttribute("allMoves", TicketMove.values());
        return "ticket/detail";
    }

    /**
     * The departments the assign and reassign forms offer: those that handle tickets (not the supervision office nor
     * the audit bureau, which only read them and could never sign), and whichever the ticket already has, so a
     * reassignment can keep it. The server checks the same.
     */
    private List<DepartmentView> assignable(TicketView ticket) {
        Set<Long> handling =
                departments.handlingTickets().stream().map(DepartmentView::id).collect(Collectors.toSet());
        return departments.tree().stream()
                .filter(d -> handling.contains(d.id())
                        || Objects.equals(d.id(), ticket.departmentId())
                        || ticket.coDepartmentNames().contains(d.name()))
                .toList();
    }

    /**
     * A move's form. As over the API, the ticket's scope (404) and whose move it is (403) are checked before the form
     * is bound ({@link MoveCheck}): a user who may not act on the ticket learns nothing from a badly typed field.
     */
    @PostMapping("/{id}/moves/{action}")
    @CheckedBeforeBinding(MoveCheck.class)
    @PreAuthorize("hasAnyAuthority('" + Permissions.TICKET_REPORT + "', '" + Permissions.TICKET_DISPATCH + "', '"
            + Permissions.TICKET_HANDLE + "', '" + Permissions.TICKET_SUSPEND + "', '" + Permissions.TICKET_INSTRUCT
            + "')")
    String move(
            @PathVariable long id,
            @PathVariable String action,
            @ModelAttribute MoveCommand command,
            BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "keptFiles", required = false) List<Long> keptFiles,
            CurrentUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TicketMove move = TicketMove.ofPath(action).orElseThrow(() -> new NotFoundException("action", action));
        MoveDone done;
        List<TicketFile> uploads = TicketUploads.of(files);
        if (binding.hasErrors()) {
            // resolveBy=2026-02-30, approved=maybe: the field's message beside the move, not the bare 400 page; the
            // record could not be made, so only the typed reason is kept
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "refusedField",
                    binding.getFieldError() == null
                            ? null
                            : binding.getFieldError().getField());
            String text = String.join(" ", formErrors.of(binding).values());
            MoveCommand typed = command != null
                    ? command
                    : new MoveCommand(
                            null, null, request.getParameter("reason"), null, null, null, null, null, null, null);
            return refusedMove(id, move, typed, text, user, model);
        }
        try {
            if (command.version() == null) {
                // Every move form carries the ticket's version; one without it (a hand-made or damaged form) would
                // skip the optimistic check, so it is refused like a stale one. The API's version stays optional.
                throw new OptimisticLockingFailureException("ticket " + id + ": move without the form's version");
            }
            done = management.perform(id, move, command, user, uploads, keptFiles == null ? List.of() : keptFiles);
        } catch (BusinessException e) {
            response.setStatus(e.errorCode().status().value());
            model.addAttribute("refusedField", e.field());
            keepEvidence(id, move, uploads, user, model);
            return refusedMove(
                    id, move, command, String.join(" ", formErrors.of(e).values()), user, model);
        } catch (OptimisticLockingFailureException e) {
            formErrors.changedMeanwhile(e); // the 409 and its header; the words are the ticket's own:
            // the same user in a second window changes it too, so they do not say "someone else"
            String text = messages.getMessage("ticket.changed-meanwhile.form", null, LocaleContextHolder.getLocale());
            model.addAttribute("changedMeanwhile", true);
            keepEvidence(id, move, uploads, user, model);
            return refusedMove(id, move, command, text, user, model);
        }
        redirect.addFlashAttribute("flash", done.messageKey());
        return "redirect:/tickets/" + id;
    }

    /**
     * A refused resolve form's files: the form shown again cannot hold them, so they are kept as the user's pending
     * ones and listed on it; if they could not be (a file refused itself), the form says to choose them again.
     */
    private void keepEvidence(long id, TicketMove move, List<TicketFile> uploads, CurrentUser user, Model model) {
        if (move == TicketMove.RESOLVE && !uploads.isEmpty()) {
            model.addAttribute("evidenceKept", evidence.keep(id, uploads, user));
        }
    }

    /**
     * The ticket page again, as it stands now, with the refused move open, its reason beside it and what was typed
     * still in it: a refusal (a reason missing, a date out of range, someone else's move first) used to end on an
     * error page, and the typed reason was gone. A refusal naming an input ({@code refusedField}: a reason left out,
     * a department deleted meanwhile) shows beside that input; the page opens scrolled to it (app.js), since on a
     * phone the form is far below the top.
     */
    private String refusedMove(
            long id, TicketMove move, MoveCommand command, String reason, CurrentUser user, Model model) {
        model.addAttribute("refusedMove", move);
        model.addAttribute("refusedCommand", command);
        model.addAttribute("refusal", reason);
        return detailPage(id, user, model);
    }
}
