package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import cn.zhuanban.talent.TalentReports;
import cn.zhuanban.talent.TalentViews.FillRate;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The fill rates (需求满足率) as XLSX: every enterprise and every project in the user's scope, not only the pages on
 * screen, each with demanded, hired and the rate in percent.
 */
@Controller
class FillRateExportController {

    private final TalentReports reports;
    private final TalentNames names;
    private final MessageSource messages;

    FillRateExportController(TalentReports reports, TalentNames names, MessageSource messages) {
        this.reports = reports;
        this.names = names;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/talent/fill-rates/export")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_VIEW + "') and hasAuthority('"
            + Permissions.TALENT_DEMAND_EXPORT + "')")
    void export(CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
        String title = LedgerText.of(messages, "talent.fill-rates", locale);
        List<String> headers = List.of(
                LedgerText.of(messages, "talent.fill-rates.dimension", locale),
                LedgerText.of(messages, "talent.fill-rates.name", locale),
                LedgerText.of(messages, "talent.demand.headcount", locale),
                LedgerText.of(messages, "talent.demand.hired", locale),
                LedgerText.of(messages, "talent.fill-rate", locale) + " (%)");
        try (XlsxWriter xlsx = new XlsxWriter(title, headers)) {
            String byEnterprise = LedgerText.of(messages, "talent.fill-rates.enterprise", locale);
            Pages.eachPage(
                    page -> reports.byEnterprise(user, page),
                    rows -> write(
                            xlsx,
                            byEnterprise,
                            rows,
                            names.enterprises(rows.stream().map(FillRate::key).toList())));
            String byProject = LedgerText.of(messages, "talent.fill-rates.project", locale);
            Pages.eachPage(
                    page -> reports.byProject(user, page),
                    rows -> write(
                            xlsx,
                            byProject,
                            rows,
                            names.projects(rows.stream().map(FillRate::key).toList())));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    private static void write(XlsxWriter xlsx, String dimension, List<FillRate> rows, Map<Long, String> names) {
        for (FillRate r : rows) {
            xlsx.row(dimension, names.get(r.key()), r.demanded(), r.hired(), r.rate());
        }
    }
}
