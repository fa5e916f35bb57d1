package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.investmentreport.MissingReport;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The projects whose monthly report has not arrived (未报项目) as XLSX, with each project's lead official, for
 * chasing the reports by phone and at the weekly meeting.
 */
@Controller
class MissingReportExportController {

    private final InvestmentQueries queries;
    private final InvestmentReporting reporting;
    private final UserDirectory directory;
    private final MessageSource messages;

    MissingReportExportController(
            InvestmentQueries queries, InvestmentReporting reporting, UserDirectory directory, MessageSource messages) {
        this.queries = queries;
        this.reporting = reporting;
        this.directory = directory;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/investment-reports/missing/export")
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
        String title = messages.getMessage("investment.missing.title", new Object[] {shown.toString()}, locale);
        List<String> headers = List.of(
                LedgerText.of(messages, "project.name", locale),
                LedgerText.of(messages, "project.stage", locale),
                LedgerText.of(messages, "project.lead-official", locale));
        try (XlsxWriter xlsx = new XlsxWriter(title, headers)) {
            Pages.eachPage(page -> queries.missing(shown, user, q, page), rows -> {
                Map<Long, String> leads = directory.namesOf(
                        rows.stream().map(MissingReport::leadOfficialId).toList());
                for (MissingReport m : rows) {
                    xlsx.row(
                            m.projectName(),
                            LedgerText.of(messages, "project.stage." + m.stage(), locale),
                            m.leadOfficialId() == null ? null : leads.get(m.leadOfficialId()));
                }
            });
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
