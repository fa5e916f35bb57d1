package cn.zhuanban.enterprise.web;

import cn.zhuanban.enterprise.EnterpriseImport;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.ImportReport;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Batch registration of enterprises (批量导入): the page, the empty template and the upload. The import runs while the
 * user waits (5,000 rows take a few seconds; app.js shows that the upload is busy and refuses a second click), and the
 * page then says how many were registered, or lists every bad row with its reason and registers none.
 */
@Controller
@RequestMapping("/enterprises/import")
class EnterpriseImportController {

    private static final String IMPORT = "hasAuthority('" + Permissions.ENTERPRISE_IMPORT + "')";

    /** Columns kept as text in the template, so that Excel neither rounds a code nor drops a leading zero. */
    private static final List<Integer> TEXT_COLUMNS = List.of(1, 3, 6);

    private final EnterpriseImport imports;
    private final ImportReport report;
    private final MessageSource messages;

    EnterpriseImportController(EnterpriseImport imports, ImportReport report, MessageSource messages) {
        this.imports = imports;
        this.report = report;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(IMPORT)
    String page(Model model) {
        model.addAttribute("errors", Map.of());
        return "enterprise/import";
    }

    @AuditedExport
    @GetMapping("/template")
    @PreAuthorize(IMPORT)
    void template(Locale locale, HttpServletResponse response) throws IOException {
        String title = LedgerText.of(messages, "enterprise.import.template", locale);
        List<String> keys = List.copyOf(EnterpriseImport.COLUMNS.values());
        try (XlsxWriter xlsx = new XlsxWriter(title, LedgerHeaders.of(messages, locale, keys.toArray(String[]::new)))) {
            TEXT_COLUMNS.forEach(xlsx::textColumn);
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    @PostMapping
    @PreAuthorize(IMPORT)
    String upload(@RequestParam("file") MultipartFile file, Locale locale, Model model) throws IOException {
        byte[] content = file.getBytes();
        report.run(() -> imports.importXlsx(content, file.getOriginalFilename()), locale, model);
        return "enterprise/import";
    }
}
