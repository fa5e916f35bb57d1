package cn.zhuanban.meeting.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.ActionFilter;
import cn.zhuanban.meeting.ActionLedger;
import cn.zhuanban.meeting.ActionLedgerRow;
import cn.zhuanban.meeting.ActionState;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import cn.zhuanban.ticket.TicketLists;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The decisions ledger (议定事项台账) and its XLSX: the list filtered and paged in the database within the meetings the
 * user sees, today's or as of a past month's end ({@code month}); the export streams the same filter page by page. Exported by whoever may export the ticket ledger: every
 * decision is a ticket of source MEETING.
 */
@Controller
class ActionLedgerController {

    /** The rows of a page when none is asked: the pager's first size, as every list (30 read 每页 30 条 / 20 / 50 / 100). */
    static final int PAGE_SIZE = PageQuery.LIST_SIZES.getFirst();

    private final ActionLedger ledger;
    private final DepartmentManagement departments;
    private final TicketLists tickets;
    private final MessageSource messages;

    ActionLedgerController(
            ActionLedger ledger, DepartmentManagement departments, TicketLists tickets, MessageSource messages) {
        this.ledger = ledger;
        this.departments = departments;
        this.tickets = tickets;
        this.messages = messages;
    }

    /** A filter that cannot be read (a state or id typed into the address) shows the whole ledger, not an error. */
    @GetMapping("/meetings/actions")
    @PreAuthorize("hasAuthority('" + Permissions.MEETING_VIEW + "')")
    String list(
            @ModelAttribute("filter") ActionFilter filter,
            BindingResult binding,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        ActionFilter shown = filter == null || binding.hasErrors() ? ActionFilter.none() : filter;
        ActionLedger.Reach reach = ledger.reach(user);
        PageResult<ActionLedgerRow> result = ledger.search(shown, reach, PageQuery.ofList(page, size, PAGE_SIZE));
        model.addAttribute("filter", shown);
        model.addAttribute("result", result);
        // a past month's ledger judges lateness at that month's end, and says so above the rows
        LocalDate asOf = ledger.asOf(shown);
        model.addAttribute("today", asOf);
        model.addAttribute("asOfMonth", asOf.isBefore(ledger.today()) ? shown.month() : null);
        model.addAttribute("taskForces", reach.taskForces());
        model.addAttribute("departments", departments.tree());
        model.addAttribute("states", ActionState.values());
        model.addAttribute(
                "readableTickets",
                tickets.readable(
                        result.content().stream().map(ActionLedgerRow::ticketId).toList(), user));
        return "meeting/actions";
    }

    @AuditedExport
    @GetMapping("/meetings/actions/export")
    @PreAuthorize(
            "hasAuthority('" + Permissions.MEETING_VIEW + "') and hasAuthority('" + Permissions.TICKET_EXPORT + "')")
    void export(
            @ModelAttribute ActionFilter filter,
            BindingResult binding,
            CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ActionFilter shown = binding.hasErrors() ? ActionFilter.none() : filter;
        LocalDate today = ledger.asOf(shown);
        ActionLedger.Reach reach = ledger.reach(user);
        String title = LedgerText.of(messages, "meeting.actions.sheet", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "project.task-force",
                        "meeting.actions.meeting",
                        "meeting.actions.held-on",
                        "meeting.decision",
                        "meeting.actions.project",
                        "meeting.actions.department",
                        "meeting.actions.owner",
                        "meeting.actions.deadline",
                        "meeting.actions.state",
                        "meeting.actions.closed-on",
                        "meeting.actions.ticket",
                        "meeting.actions.ticket-state"))) {
            Pages.each(
                    page -> ledger.search(shown, reach, page),
                    (ActionLedgerRow a) -> xlsx.row(
                            a.taskForceName(),
                            a.meetingNumber(),
                            a.heldOn(),
                            a.decision(),
                            a.projectName(),
                            a.ownerDepartmentName(),
                            a.ownerName(),
                            a.deadline(),
                            messages.getMessage(
                                    "meeting.actions.state." + a.standing(today),
                                    new Object[] {a.workingDaysOverdue()},
                                    locale),
                            a.closedOn(),
                            a.ticketId(),
                            a.ticketState() == null
                                    ? null
                                    : LedgerText.of(messages, "ticket.state." + a.ticketState(), locale)));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
