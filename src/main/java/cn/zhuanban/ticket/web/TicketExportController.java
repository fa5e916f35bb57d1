package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.XlsxWriter;
import cn.zhuanban.ticket.TicketFilter;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketSummary;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The ticket ledger as XLSX: the list's filters and data scope, streamed page by page. Beside the resolve deadline it
 * says whether the office chose it on assigning, and it names the deadline to meet next in the list's words, then by how
 * many working days a resolution came after the resolve deadline (the page's 逾期完成（超N个工作日）, blank when on time or
 * not resolved); last, where the ticket came from (a report, a meeting decision, a leader's instruction).
 */
@Controller
class TicketExportController {

    private static final List<String> HEADERS = List.of(
            "ticket.id",
            "ticket.title",
            "ticket.project",
            "ticket.category",
            "ticket.severity",
            "ticket.state",
            "ticket.department",
            "ticket.resolve-by",
            "ticket.export.resolve-date-chosen",
            "ticket.export.countdown",
            "ticket.export.countdown-due",
            "ticket.export.resolved-late",
            "ticket.card",
            "ticket.escalation",
            "ticket.created-at",
            "ticket.source");

    private final TicketLists lists;
    private final MessageSource messages;

    TicketExportController(TicketLists lists, MessageSource messages) {
        this.lists = lists;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/tickets/export")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_EXPORT + "')")
    void export(@ModelAttribute TicketFilter filter, CurrentUser user, HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String sheet = messages.getMessage("ticket.export.sheet", null, locale);
        try (XlsxWriter writer = new XlsxWriter(
                sheet,
                HEADERS.stream().map(h -> messages.getMessage(h, null, locale)).toList())) {
            Pages.each(
                    q -> lists.search(filter, user, q),
                    t -> writer.row(
                            t.id(),
                            t.title(),
                            t.projectName(),
                            text("ticket.category." + t.category(), locale),
                            text("ticket.severity." + t.severity(), locale),
                            text("ticket.state." + t.state(), locale),
                            t.departmentName(),
                            t.resolveBy(),
                            t.resolveBy() == null
                                    ? null
                                    : text("ticket.export.resolve-date-chosen." + t.resolveDateChosen(), locale),
                            countdown(t.countdown(), locale),
                            t.countdown() == null ? null : t.countdown().due(),
                            t.lateResolution() == null
                                    ? null
                                    : t.lateResolution().workingDaysLate(),
                            text("ticket.card." + t.card(), locale),
                            text("ticket.escalation." + t.escalationLevel(), locale),
                            t.createdAt(),
                            t.source() == null ? null : text(t.source().labelKey(), locale)));
            Downloads.xlsx(response, sheet + ".xlsx", writer);
        }
    }

    /** The words of the list's badge (签收：剩 1 个工作日), null when no deadline runs. */
    private String countdown(TicketSummary.Countdown c, Locale locale) {
        if (c == null) {
            return null;
        }
        return messages.getMessage(
                c.messageKey(), new Object[] {text(c.nameKey(), locale), c.workingDays(), c.due()}, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
