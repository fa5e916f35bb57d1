package cn.zhuanban.project.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectManagement;
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
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The project ledger as XLSX: the same filters and data scope as the list, streamed page by page. */
@Controller
class ProjectExportController {

    private static final List<String> HEADERS = List.of(
            "project.light",
            "project.name",
            "project.code",
            "project.enterprise",
            "project.level",
            "project.stage",
            "project.total-investment",
            "project.start",
            "project.target-finish",
            "project.lead-official",
            "project.task-force");

    private final ProjectManagement projects;
    private final MessageSource messages;

    ProjectExportController(ProjectManagement projects, MessageSource messages) {
        this.projects = projects;
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
            Pages.each(slice -> projects.search(filter, user, slice), (ProjectSummary p) -> {
                xlsx.row(
                        LedgerText.of(messages, "light." + p.statusLight(), locale),
                        p.name(),
                        p.projectCode(),
                        p.enterpriseName(),
                        LedgerText.of(messages, "project.level." + p.level(), locale),
                        LedgerText.of(messages, "project.stage." + p.stage(), locale),
                        p.totalInvestment(),
                        p.start(),
                        p.targetFinish(),
                        p.leadOfficialName(),
                        p.taskForceName());
            });
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
