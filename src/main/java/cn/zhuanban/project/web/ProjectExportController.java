package cn.zhuanban.project.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectImport;
import cn.zhuanban.project.ProjectLedgerRow;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The project ledger as XLSX: the same filters and data scope as the list, streamed page by page. Its columns are the
 * import template's, in its order and with its formats (the enterprise by credit code, the task force by name, the lead
 * official by name or, where two lead officials share it, by user name), and after them what a reader looks for that the import does not read: the light and the enterprise's
 * name. An exported ledger imports as it is, elsewhere or after its registered rows are removed.
 */
@Controller
class ProjectExportController {

    private static final List<String> HEADERS = Stream.concat(
                    ProjectImport.COLUMNS.values().stream(), Stream.of("project.light", "project.enterprise"))
            .toList();

    private final ProjectReads projects;
    private final ProjectImport imports;
    private final MessageSource messages;

    ProjectExportController(ProjectReads projects, ProjectImport imports, MessageSource messages) {
        this.projects = projects;
        this.imports = imports;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/projects/export")
    @PreAuthorize("hasAuthority('" + Permissions.PROJECT_EXPORT + "')")
    void export(@ModelAttribute ProjectFilter filter, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        String title = LedgerText.of(messages, "nav.projects", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                HEADERS.stream()
                        .map(key -> LedgerText.of(messages, key, locale))
                        .toList())) {
            ProjectImportController.formatLikeTheTemplate(xlsx, messages, locale);
            Map<Long, String> leads = imports.leadOfficialsAsWritten();
            Pages.each(slice -> projects.ledger(filter, user, slice), (ProjectLedgerRow row) -> {
                ProjectSummary p = row.summary();
                xlsx.row(
                        p.name(),
                        p.projectCode(),
                        row.enterpriseCreditCode(),
                        LedgerText.of(messages, "project.level." + p.level(), locale),
                        LedgerText.of(messages, "project.stage." + p.stage(), locale),
                        p.totalInvestment(),
                        p.start(),
                        p.targetFinish(),
                        p.leadOfficialId() == null
                                ? null
                                : leads.getOrDefault(p.leadOfficialId(), p.leadOfficialName()),
                        row.location(),
                        row.description(),
                        p.taskForceName(),
                        LedgerText.of(messages, "light." + p.statusLight(), locale),
                        p.enterpriseName());
            });
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
