package cn.zhuanban.notification.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.notification.DeliveryFilter;
import cn.zhuanban.notification.DeliveryLedger;
import cn.zhuanban.notification.DeliveryView;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The delivery log as XLSX with the list's filters, streamed in chunks of rows. */
@Controller
class DeliveryExportController {

    static final int MAX_ROWS = 100_000;
    private static final int CHUNK = 500;

    private final DeliveryLedger ledger;
    private final UserDirectory users;
    private final MessageSource messages;

    DeliveryExportController(DeliveryLedger ledger, UserDirectory users, MessageSource messages) {
        this.ledger = ledger;
        this.users = users;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/admin/notifications/deliveries/export")
    @PreAuthorize("hasAuthority('" + Permissions.NOTIFICATION_DELIVERY_VIEW + "')")
    void export(@ModelAttribute DeliveryFilter filter, Locale locale, HttpServletResponse response) throws IOException {
        List<String> headers = List.of(
                        "delivery.created",
                        "delivery.recipient",
                        "delivery.channel",
                        "delivery.address",
                        "delivery.kind",
                        "delivery.status",
                        "delivery.attempts",
                        "delivery.sent",
                        "delivery.last-error",
                        "delivery.key")
                .stream()
                .map(key -> text(key, locale))
                .toList();
        String title = text("nav.notification.deliveries", locale);
        try (XlsxWriter xlsx = new XlsxWriter(title, headers)) {
            List<DeliveryView> chunk = new ArrayList<>();
            ledger.forEach(filter, MAX_ROWS, delivery -> {
                chunk.add(delivery);
                if (chunk.size() == CHUNK) {
                    write(xlsx, chunk, locale);
                }
            });
            write(xlsx, chunk, locale);
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    /** Names are looked up per chunk: one query per 500 rows, not one per row. */
    private void write(XlsxWriter xlsx, List<DeliveryView> chunk, Locale locale) {
        Map<Long, String> names =
                users.namesOf(chunk.stream().map(DeliveryView::userId).toList());
        for (DeliveryView d : chunk) {
            xlsx.row(
                    d.createdAt(),
                    names.get(d.userId()),
                    text("channel." + d.channel(), locale),
                    d.address(),
                    text("delivery.kind." + d.kind(), locale),
                    text("delivery.status." + d.status(), locale),
                    d.attempts(),
                    d.sentAt(),
                    d.lastError(),
                    d.idempotencyKey());
        }
        chunk.clear();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
