package cn.zhuanban.meeting.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.ContactLogManagement;
import cn.zhuanban.meeting.EnterpriseContactStatus;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Contact coverage (走访覆盖) as XLSX: every enterprise in scope, or only those not contacted for too long, with the
 * last contact and the chief service officer, for the task forces' visiting rounds.
 */
@Controller
class ContactCoverageExportController {

    private static final List<String> HEADERS = List.of(
            "contact.enterprise",
            "contact.last-contact",
            "contact.working-days-since",
            "contact.officer",
            "contact.stale");

    private final ContactLogManagement contacts;
    private final MessageSource messages;
    private final Clock clock;

    ContactCoverageExportController(ContactLogManagement contacts, MessageSource messages, Clock clock) {
        this.contacts = contacts;
        this.messages = messages;
        this.clock = clock;
    }

    @AuditedExport
    @GetMapping("/contacts/enterprises/export")
    @PreAuthorize("hasAuthority('" + Permissions.CONTACT_VIEW + "') and hasAuthority('" + Permissions.ENTERPRISE_EXPORT
            + "')")
    void export(
            @RequestParam(defaultValue = "true") boolean stale,
            @RequestParam(required = false) String q,
            CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        String title = stale
                ? messages.getMessage("contact.stale.title", new Object[] {contacts.staleWorkingDays()}, locale)
                : text("contact.enterprises", locale);
        LocalDate today = LocalDate.now(clock);
        String staleMark = text("contact.stale", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title, HEADERS.stream().map(key -> text(key, locale)).toList())) {
            Pages.each(
                    page -> contacts.statuses(user, stale, q, today, page),
                    (EnterpriseContactStatus s) -> xlsx.row(
                            s.enterpriseName(),
                            s.lastContact(),
                            s.workingDaysSince(),
                            s.chiefServiceOfficerName(),
                            s.stale() ? staleMark : null));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
