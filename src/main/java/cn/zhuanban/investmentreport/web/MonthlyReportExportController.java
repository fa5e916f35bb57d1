package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.investmentreport.MonthlyReportView;
import cn.zhuanban.shared.Pages;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A month's investment reports (投资月报台账) as XLSX: the list's month and search, within the user's projects, the
 * state and lateness in words. Guarded like the missing-reports file beside it: the rows are projects' figures, taken
 * by whoever may export the projects.
 */
@Controller
class MonthlyReportExportController {

    private final InvestmentQueries queries;
    private final InvestmentReporting reporting;
    private final MessageSource messages;

    MonthlyReportExportController(InvestmentQueries queries, InvestmentReporting reporting, MessageSource messages) {
        this.queries = queries;
        this.reporting = reporting;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/investment-reports/export")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_VIEW + "') and hasAuthority('" + Permissions.PROJECT_EXPORT
            + "')")
    void export(
            @RequestParam(required = false) YearMonth month,
            @RequestParam(required = false) String q,
            CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        YearMonth shown = month == null ? reporting.currentMonth() : month;
        Downloads.impliedFilter("month", shown.toString());
        String title = messages.getMessage("investment.month.title", new Object[] {shown.toString()}, locale);
        String late = LedgerText.of(messages, "investment.late", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "project.name",
                        "project.total-investment",
                        "investment.this-month",
                        "investment.year-to-date",
                        "investment.since-start",
                        "investment.status",
                        "investment.late",
                        "investment.over-total-explanation",
                        "investment.progress-note",
                        "investment.reported-at",
                        "investment.confirmed-at"))) {
            Pages.each(
                    page -> queries.ofMonth(shown, q, user, page),
                    (MonthlyReportView r) -> xlsx.row(
                            r.projectName(),
                            r.totalInvestment(),
                            r.thisMonth(),
                            r.yearToDate(),
                            r.sinceStart(),
                            LedgerText.of(messages, "investment.status." + r.status(), locale),
                            r.late() ? late : null,
                            r.overTotalExplanation(),
                            r.progressNote(),
                            r.reportedAt(),
                            r.confirmedAt()));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
