package cn.zhuanban.project.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectImport;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.files.LedgerSheets;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.ImportReport;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
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
 * Batch registration of key projects (批量导入): the page, the empty template (level and stage as drop-downs of the
 * form's labels, dates as date cells) and the upload, imported while the user waits; the page then says how many
 * were registered, or lists every bad row with its reason and registers none.
 */
@Controller
@RequestMapping("/projects/import")
class ProjectImportController {

    private static final String IMPORT = "hasAuthority('" + Permissions.PROJECT_IMPORT + "')";

    private final ProjectImport imports;
    private final ImportReport report;
    private final MessageSource messages;

    ProjectImportController(ProjectImport imports, ImportReport report, MessageSource messages) {
        this.imports = imports;
        this.report = report;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(IMPORT)
    String page(Model model) {
        model.addAttribute("errors", Map.of());
        return "project/import";
    }

    @AuditedExport
    @GetMapping("/template")
    @PreAuthorize(IMPORT)
    void template(Locale locale, HttpServletResponse response) throws IOException {
        String title = LedgerText.of(messages, "project.import.template", locale);
        List<String> keys = List.copyOf(ProjectImport.COLUMNS.values());
        try (XlsxWriter xlsx = new XlsxWriter(title, LedgerHeaders.of(messages, locale, keys.toArray(String[]::new)))) {
            xlsx.textColumn(1);
            xlsx.textColumn(2);
            xlsx.choices(3, labels("project.level.", ProjectLevel.values(), locale), LedgerSheets.MAX_ROWS);
            xlsx.choices(4, labels("project.stage.", ProjectStage.values(), locale), LedgerSheets.MAX_ROWS);
            xlsx.dateColumn(6);
            xlsx.dateColumn(7);
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    @PostMapping
    @PreAuthorize(IMPORT)
    String upload(@RequestParam("file") MultipartFile file, CurrentUser user, Locale locale, Model model)
            throws IOException {
        byte[] content = file.getBytes();
        report.run(() -> imports.importXlsx(content, file.getOriginalFilename(), user), locale, model);
        return "project/import";
    }

    private List<String> labels(String prefix, Enum<?>[] values, Locale locale) {
        return Arrays.stream(values)
                .map(v -> LedgerText.of(messages, prefix + v.name(), locale))
                .toList();
    }
}
