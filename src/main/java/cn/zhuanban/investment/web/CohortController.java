package cn.zhuanban.investment.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.CohortFigures;
import cn.zhuanban.investment.CohortFigures.Rate;
import cn.zhuanban.investment.InvestmentReports;
import cn.zhuanban.investment.InvestmentReports.CohortReport;
import cn.zhuanban.investment.InvestmentViews.CohortRow;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The quarterly cohort report (三个一批) of a year, on the page and as XLSX. */
@Controller
class CohortController {

    private final InvestmentReports reports;
    private final MessageSource messages;
    private final Clock clock;

    CohortController(InvestmentReports reports, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/investment/cohorts")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_VIEW + "')")
    String cohorts(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("report", reports.cohorts(user, y));
        model.addAttribute("years", List.of(y - 2, y - 1, y, y + 1));
        return "investment/cohorts";
    }

    @AuditedExport
    @GetMapping("/investment/cohorts/export")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_EXPORT + "')")
    void export(@RequestParam int year, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        CohortReport report = reports.cohorts(user, year);
        String title = LedgerText.of(messages, "attraction.cohorts", locale) + " " + year;
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "attraction.cohort.quarter",
                        "attraction.cohort.signed",
                        "attraction.cohort.signed-investment",
                        "attraction.cohort.started",
                        "attraction.cohort.in-production",
                        "attraction.cohort.performance",
                        "attraction.cohort.start-rate",
                        "attraction.cohort.production-rate",
                        "attraction.cohort.funds-rate"))) {
            for (CohortFigures q : report.quarters()) {
                xlsx.row(
                        q.quarter().toString(),
                        q.signed(),
                        q.signedInvestment(),
                        q.started(),
                        q.inProduction(),
                        percent(q.performance()),
                        percent(q.start()),
                        percent(q.production()),
                        percent(q.funds()));
            }
            xlsx.row();
            xlsx.row(LedgerHeaders.of(
                            messages,
                            locale,
                            "attraction.lead.target",
                            "attraction.lead.channel",
                            "attraction.cohort.signed-on",
                            "attraction.lead.agreed-start",
                            "attraction.cohort.started-on",
                            "attraction.cohort.in-production-on",
                            "attraction.lead.agreed-investment",
                            "attraction.lead.funds-in-place")
                    .toArray());
            for (CohortRow r : report.leads()) {
                xlsx.row(
                        r.targetCompany(),
                        LedgerText.of(messages, "attraction.channel." + r.channel(), locale),
                        r.signedOn(),
                        r.agreedStartOn(),
                        r.startedOn(),
                        r.inProductionOn(),
                        r.agreedInvestment(),
                        r.fundsInPlace());
            }
            xlsx.row(LedgerText.of(messages, "attraction.cohort.as-of", locale), report.asOf());
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    private static Object percent(Rate rate) {
        return rate.percent();
    }
}
