package cn.zhuanban.notification.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.notification.DeliveryLedger;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mail outbox as XLSX with the page's search, for the system administrator alone: when and to whom, as the page
 * shows it, never the subject or body (MailView).
 */
@Controller
class MailOutboxExportController {

    private final DeliveryLedger ledger;
    private final MessageSource messages;

    MailOutboxExportController(DeliveryLedger ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/admin/notifications/mail-outbox/export")
    @PreAuthorize("hasAuthority('" + Permissions.NOTIFICATION_MAIL_EXPORT + "')")
    void export(@RequestParam(required = false) String q, Locale locale, HttpServletResponse response)
            throws IOException {
        String title = LedgerText.of(messages, "nav.notification.mail-outbox", locale);
        List<String> headers = List.of(
                LedgerText.of(messages, "delivery.created", locale),
                LedgerText.of(messages, "delivery.address", locale));
        try (XlsxWriter xlsx = new XlsxWriter(title, headers)) {
            ledger.mailOutbox(
                    q, DeliveryExportController.MAX_ROWS, mail -> xlsx.row(mail.createdAt(), mail.recipient()));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
