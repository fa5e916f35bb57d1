package cn.zhuanban.project.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.imports.ImportJobPages;
import cn.zhuanban.imports.ImportPage;
import cn.zhuanban.project.ProjectImport;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.files.LedgerSheets;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
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
 * Batch registration of key projects (批量导入): the page, the empty template (level and stage as drop-downs of the
 * form's labels, dates as date cells) and the upload. A file that is no template is refused at the field at once; an
 * accepted one is imported in the background in the requester's scope, and the job's page shows the rows done, then how
 * many were registered, or every bad row with its reason.
 */
@Controller
@RequestMapping("/projects/import")
class ProjectImportController {

    private static final String IMPORT = "hasAuthority('" + Permissions.PROJECT_IMPORT + "')";

    static final ImportPage PAGE =
            new ImportPage(ProjectImport.KIND, "/projects/import", "project/import", "project.import.ok");

    private final ImportJobPages pages;
    private final MessageSource messages;

    ProjectImportController(ImportJobPages pages, MessageSource messages) {
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
        String title = LedgerText.of(messages, "project.import.template", locale);
        List<String> keys = List.copyOf(ProjectImport.COLUMNS.values());
        try (XlsxWriter xlsx = new XlsxWriter(title, LedgerHeaders.of(messages, locale, keys.toArray(String[]::new)))) {
            formatLikeTheTemplate(xlsx, messages, locale);
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    /** Codes as text, level and stage as drop-downs of the form's labels, dates as date cells; the export's too. */
    static void formatLikeTheTemplate(XlsxWriter xlsx, MessageSource messages, Locale locale) {
        xlsx.textColumn(1);
        xlsx.textColumn(2);
        xlsx.choices(3, labels("project.level.", ProjectLevel.values(), messages, locale), LedgerSheets.MAX_ROWS);
        xlsx.choices(4, labels("project.stage.", ProjectStage.values(), messages, locale), LedgerSheets.MAX_ROWS);
        xlsx.dateColumn(6);
        xlsx.dateColumn(7);
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

    private static List<String> labels(String prefix, Enum<?>[] values, MessageSource messages, Locale locale) {
        return Arrays.stream(values)
                .map(v -> LedgerText.of(messages, prefix + v.name(), locale))
                .toList();
    }
}
