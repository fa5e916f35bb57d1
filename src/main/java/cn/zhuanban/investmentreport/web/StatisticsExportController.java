package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.YearRow;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Statistics export: one row per project in scope (the project code a district clerk knows it by, then its name; not
 * the database's id, which tells a reader nothing), the year's plan and completion, then the months of the year as
 * columns, streamed page by page. The cockpit's 本年计划投资 and 本年完成投资 open it: their columns add up to those figures.
 */
@Controller
class StatisticsExportController {

    private final InvestmentQueries queries;
    private final MessageSource messages;

    StatisticsExportController(InvestmentQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/investment-reports/statistics")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_VIEW + "')")
    void export(@RequestParam int year, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        String title =
                messages.getMessage("investment.statistics.title", new Object[] {Integer.toString(year)}, locale);
        try (XlsxWriter xlsx = new XlsxWriter(title, headers(locale))) {
            Pages.each(slice -> queries.yearGrid(year, user, slice), (YearRow row) -> {
                List<Object> cells = new ArrayList<>();
                cells.add(row.projectCode());
                cells.add(row.projectName());
                cells.add(row.totalInvestment());
                cells.add(row.plannedThisYear());
                cells.add(row.completedThisYear());
                cells.addAll(row.months());
                cells.add(row.sinceStart());
                xlsx.row(cells.toArray());
            });
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    private List<String> headers(Locale locale) {
        List<String> headers = new ArrayList<>();
        headers.add(messages.getMessage("project.code", null, locale));
        headers.add(messages.getMessage("project.name", null, locale));
        headers.add(messages.getMessage("project.total-investment", null, locale));
        headers.add(messages.getMessage("cockpit.figure.planned", null, locale));
        headers.add(messages.getMessage("cockpit.figure.completed", null, locale));
        for (int m = 1; m <= 12; m++) {
            headers.add(messages.getMessage("cockpit.month", new Object[] {m}, locale));
        }
        headers.add(messages.getMessage("investment.since-start", null, locale));
        return headers;
    }
}
