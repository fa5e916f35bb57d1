package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.MonthlyReportView;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One project's monthly investment reports as XLSX, the rows of its page's history: found only within the user's
 * projects, as the page, and guarded like the month's report file (the figures are a project's, taken by whoever may
 * export the projects). Amounts are numeric cells.
 */
@Controller
class ProjectReportExportController {

    private final InvestmentQueries queries;
    private final ProjectReads projects;
    private final MessageSource messages;

    ProjectReportExportController(InvestmentQueries queries, ProjectReads projects, MessageSource messages) {
        this.queries = queries;
        this.projects = projects;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/investment-reports/projects/{id}/export")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_VIEW + "') and hasAuthority('" + Permissions.PROJECT_EXPORT
            + "')")
    void export(@PathVariable long id, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        String name = projects.find(id, user).name();
        String title = messages.getMessage("investment.project.title", new Object[] {name}, locale);
        String late = LedgerText.of(messages, "investment.late", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "investment.month",
                        "investment.this-month",
                        "investment.year-to-date",
                        "investment.since-start",
                        "investment.status",
                        "investment.late",
                        "investment.over-total-explanation",
                        "investment.progress-note",
                        "investment.reported-at",
                        "investment.confirmed-at"))) {
            for (MonthlyReportView r : queries.ofProject(id, user)) {
                xlsx.row(
                        YearMonth.of(r.year(), r.month()).toString(),
                        r.thisMonth(),
                        r.yearToDate(),
                        r.sinceStart(),
                        LedgerText.of(messages, "investment.status." + r.status(), locale),
                        r.late() ? late : null,
                        r.overTotalExplanation(),
                        r.progressNote(),
                        r.reportedAt(),
                        r.confirmedAt());
            }
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
