package cn.zhuanban.audit.web;

import cn.zhuanban.audit.AuditManagement;
import cn.zhuanban.audit.AuditRecordView;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The filtered audit log as XLSX, newest first, streamed from the database. Capped, so that an
 * export of years of logins cannot exhaust the server; the auditor narrows the dates instead. The names of what the
 * records name are looked up a batch of rows at a time, one query per kind and batch (see {@link RecordNames}).
 */
@Controller
class AuditExportController {

    static final int MAX_ROWS = 100_000;

    /** Rows whose names are looked up together: the database's fetch size, so a batch is one round of rows. */
    static final int BATCH = 500;

    private static final List<String> HEADERS = List.of(
            "audit.id",
            "audit.occurred-at",
            "audit.actor",
            "audit.address",
            "audit.action",
            "audit.entity-type",
            "audit.entity-id",
            "audit.entity-name",
            "audit.summary");

    private final AuditManagement audit;
    private final MessageSource messages;
    private final Clock clock;
    private final SummaryReading reading;
    private final ActionLabels actions;
    private final RecordNames names;

    AuditExportController(
            AuditManagement audit,
            MessageSource messages,
            Clock clock,
            SummaryReading reading,
            ActionLabels actions,
            RecordNames names) {
        this.audit = audit;
        this.names = names;
        this.actions = actions;
        this.messages = messages;
        this.clock = clock;
        this.reading = reading;
    }

    @AuditedExport
    @GetMapping("/audit/export")
    @PreAuthorize("hasAuthority('" + Permissions.AUDIT_EXPORT + "')")
    void export(@ModelAttribute AuditQuery query, Locale locale, HttpServletResponse response) throws IOException {
        List<String> headers = HEADERS.stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
        String title = messages.getMessage("nav.audit", null, locale);
        try (XlsxWriter xlsx = new XlsxWriter(title, headers)) {
            List<AuditRecordView> batch = new ArrayList<>(BATCH);
            audit.forEach(query.toFilter(clock.getZone(), actions.named(query.action(), locale)), MAX_ROWS, r -> {
                batch.add(r);
                if (batch.size() == BATCH) {
                    write(batch, xlsx, locale);
                }
            });
            write(batch, xlsx, locale);
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    private void write(List<AuditRecordView> batch, XlsxWriter xlsx, Locale locale) {
        RecordNames.Found named = names.of(batch, locale);
        for (AuditRecordView r : batch) {
            xlsx.row(
                    r.id(),
                    r.occurredAt(),
                    r.actor(),
                    r.address(),
                    label("audit.action.", r.action(), locale),
                    label("audit.entity.", r.entityType(), locale),
                    r.entityId(),
                    reading.entityName(r, locale, named),
                    reading.read(r, locale, named));
        }
        batch.clear();
    }

    private String label(String prefix, String value, Locale locale) {
        return messages.getMessage(prefix + value, null, value, locale);
    }
}
