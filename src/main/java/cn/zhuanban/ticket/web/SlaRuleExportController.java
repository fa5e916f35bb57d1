package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import cn.zhuanban.ticket.SlaRule;
import cn.zhuanban.ticket.SlaRuleManagement;
import cn.zhuanban.ticket.TicketStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The SLA rules (时限规则) as XLSX, category and severity in words: the limits every department is held to, for the
 * dispatch office's notices and reviews. Exported by staff who follow tickets and may export the ticket ledger.
 */
@Controller
class SlaRuleExportController {

    private final SlaRuleManagement rules;
    private final MessageSource messages;

    SlaRuleExportController(SlaRuleManagement rules, MessageSource messages) {
        this.rules = rules;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/tickets/sla/export")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_EXPORT + "') and " + TicketStaff.FOLLOWS)
    void export(Locale locale, HttpServletResponse response) throws IOException {
        String title = LedgerText.of(messages, "ticket.sla.title", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "ticket.category",
                        "ticket.severity",
                        "ticket.sla.sign",
                        "ticket.sla.feedback",
                        "ticket.sla.resolve"))) {
            for (SlaRule r : rules.all()) {
                xlsx.row(
                        LedgerText.of(
                                messages,
                                r.category() == null ? "ticket.sla.default" : "ticket.category." + r.category(),
                                locale),
                        LedgerText.of(messages, "ticket.severity." + r.severity(), locale),
                        r.signDays(),
                        r.feedbackDays(),
                        r.resolveDays());
            }
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
