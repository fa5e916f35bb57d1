package cn.zhuanban.meeting.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.ContactFilter;
import cn.zhuanban.meeting.ContactLogManagement;
import cn.zhuanban.meeting.ContactView;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The contact log as XLSX (日常沟通台账): the list's filters and data scope, streamed page by page, for the dispatch
 * office's and the leaders' reviews. Guarded like the coverage export beside it: whoever may export the enterprise
 * directory may export what was said with those enterprises.
 */
@Controller
class ContactExportController {

    private final ContactLogManagement contacts;
    private final MessageSource messages;

    ContactExportController(ContactLogManagement contacts, MessageSource messages) {
        this.contacts = contacts;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/contacts/export")
    @PreAuthorize("hasAuthority('" + Permissions.CONTACT_VIEW + "') and hasAuthority('" + Permissions.ENTERPRISE_EXPORT
            + "')")
    void export(@ModelAttribute ContactFilter filter, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        String title = LedgerText.of(messages, "contact.export.sheet", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "contact.on",
                        "contact.enterprise",
                        "contact.project",
                        "contact.channel",
                        "contact.person",
                        "contact.content",
                        "contact.follow-up",
                        "contact.staff",
                        "contact.ticket-id"))) {
            Pages.each(
                    page -> contacts.search(filter, user, page),
                    (ContactView c) -> xlsx.row(
                            c.contactedOn(),
                            c.enterpriseName(),
                            c.projectName(),
                            LedgerText.of(messages, "contact.channel." + c.channel(), locale),
                            c.contactPerson(),
                            c.content(),
                            c.followUp(),
                            c.staffName(),
                            c.ticketId()));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
