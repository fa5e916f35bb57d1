package cn.zhuanban.enterprise.web;

import cn.zhuanban.enterprise.EnterpriseImport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.imports.ImportJobPages;
import cn.zhuanban.imports.ImportPage;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Batch registration of enterprises (批量导入): the page, the empty template and the upload. A file that is no
 * template is refused at the field at once; an accepted one is imported in the background (5,000 rows take seconds),
 * and the job's page shows the rows done, then how many were registered, or every bad row with its reason.
 */
@Controller
@RequestMapping("/enterprises/import")
class EnterpriseImportController {

    private static final String IMPORT = "hasAuthority('" + Permissions.ENTERPRISE_IMPORT + "')";

    static final ImportPage PAGE =
            new ImportPage(EnterpriseImport.KIND, "/enterprises/import", "enterprise/import", "enterprise.import.ok");

    /** Columns kept as text in the template, so that Excel neither rounds a code nor drops a leading zero. */
    static final List<Integer> TEXT_COLUMNS = List.of(1, 3, 6);

    private final ImportJobPages pages;
    private final MessageSource messages;

    EnterpriseImportController(ImportJobPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(IMPORT)
    String page(@RequestParam(required = false) Integer page, CurrentUser user, Model model) {
        return pages.page(PAGE, page, user, model);
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
    String upload(@RequestParam("file") MultipartFile file, CurrentUser user, Model model) throws IOException {
        return pages.upload(PAGE, file, user, model);
    }

    @GetMapping("/jobs/{id}")
    @PreAuthorize(IMPORT)
    String job(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            CurrentUser user,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return pages.job(PAGE, id, page, user, locale, request, response, model);
    }
}
