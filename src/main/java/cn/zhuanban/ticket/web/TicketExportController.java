package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.XlsxWriter;
import cn.zhuanban.ticket.TicketFilter;
import cn.zhuanban.ticket.TicketLists;
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

/** The ticket ledger as XLSX: the list's filters and data scope, streamed page by page. */
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
            "ticket.card",
            "ticket.escalation",
            "ticket.created-at");

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
                            text("ticket.card." + t.card(), locale),
                            text("ticket.escalation." + t.escalationLevel(), locale),
                            t.createdAt()));
            Downloads.xlsx(response, sheet + ".xlsx", writer);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
