package cn.zhuanban.enterprise.web;

import cn.zhuanban.enterprise.EnterpriseImport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterprise.EnterpriseView;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The enterprise ledger as XLSX, with the same search and scope as the list, page by page. Its columns are the import
 * template's, in its order and with its text columns, and the check character's verdict after them (the import ignores
 * columns to the right): an exported directory imports as it is, elsewhere or after its registered rows are removed.
 */
@Controller
class EnterpriseExportController {

    private static final List<String> HEADERS = Stream.concat(
                    EnterpriseImport.COLUMNS.values().stream(), Stream.of("enterprise.check-character"))
            .toList();

    private final EnterpriseManagement enterprises;
    private final MessageSource messages;

    EnterpriseExportController(EnterpriseManagement enterprises, MessageSource messages) {
        this.enterprises = enterprises;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/enterprises/export")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_EXPORT + "')")
    void export(@RequestParam(required = false) String q, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        String title = messages.getMessage("nav.enterprises", null, locale);
        String ok = messages.getMessage("enterprise.check-character.ok", null, locale);
        String wrong = messages.getMessage("enterprise.check-character.wrong", null, locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                HEADERS.stream().map(k -> messages.getMessage(k, null, locale)).toList())) {
            EnterpriseImportController.TEXT_COLUMNS.forEach(xlsx::textColumn);
            Pages.each(slice -> enterprises.search(q, user, slice), (EnterpriseView e) -> {
                xlsx.row(
                        e.name(),
                        e.creditCode(),
                        e.legalRepresentative(),
                        e.industryCode(),
                        e.address(),
                        e.contactName(),
                        e.contactPhone(),
                        e.description(),
                        e.warnings().isEmpty() ? ok : wrong);
            });
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
