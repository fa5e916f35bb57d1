package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.industry.ChainViews.ChainSummary;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.project.ProjectReads;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fill rates (需求满足率) as XLSX: every section of the page, with its filters (项目名称, 产业链), and every row of
 * each, not only the pages on screen: the total, each enterprise, each project and each chain, with demanded, hired and
 * the rate in percent; the first column names the section. The 按产业链 section the page shows was left out.
 */
@Controller
class FillRateExportController {

    private final TalentReports reports;
    private final TalentNames names;
    private final IndustryManagement industry;
    private final ProjectReads projects;
    private final MessageSource messages;

    FillRateExportController(
            TalentReports reports,
            TalentNames names,
            IndustryManagement industry,
            ProjectReads projects,
            MessageSource messages) {
        this.reports = reports;
        this.names = names;
        this.industry = industry;
        this.projects = projects;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/talent/fill-rates/export")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_VIEW + "') and hasAuthority('"
            + Permissions.TALENT_DEMAND_EXPORT + "')")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long chainId,
            CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        boolean staff = !DataScope.ENTERPRISE.equals(user.dataScope());
        Long chain = staff ? chainId : null; // as the page: an enterprise sees no chains
        String title = LedgerText.of(messages, "talent.fill-rates", locale);
        List<String> headers = List.of(
                LedgerText.of(messages, "talent.fill-rates.dimension", locale),
                LedgerText.of(messages, "talent.fill-rates.name", locale),
                LedgerText.of(messages, "talent.demand.headcount", locale),
                LedgerText.of(messages, "talent.demand.hired", locale),
                LedgerText.of(messages, "talent.fill-rate", locale) + " (%)");
        try (XlsxWriter xlsx = new XlsxWriter(title, headers)) {
            // the page's 合计: the cockpit's figure, or with a filter the total of the filtered rows, labelled so
            FillRate total = reports.total(user, projects.scope(user), q, chain);
            String totalLabel = LedgerText.of(
                    messages,
                    TalentReports.filtered(q, chain) ? "talent.fill-rates.total.filtered" : "talent.fill-rates.total",
                    locale);
            xlsx.row(totalLabel, totalLabel, total.demanded(), total.hired(), total.rate());
            String byEnterprise = LedgerText.of(messages, "talent.fill-rates.enterprise", locale);
            Pages.eachPage(
                    page -> reports.byEnterprise(user, chain, page),
                    rows -> write(
                            xlsx,
                            byEnterprise,
                            rows,
                            names.enterprises(rows.stream().map(FillRate::key).toList())));
            String byProject = LedgerText.of(messages, "talent.fill-rates.project", locale);
            Pages.eachPage(
                    page -> reports.byProject(user, q, chain, page),
                    rows -> write(
                            xlsx,
                            byProject,
                            rows,
                            names.projects(rows.stream().map(FillRate::key).toList())));
            if (staff) {
                String byChain = LedgerText.of(messages, "talent.fill-rates.chain", locale);
                Pages.eachPage(page -> industry.chains(page), chains -> {
                    for (ChainSummary c : chains) {
                        if (chain == null || c.id() == chain) {
                            FillRate r = reports.forChain(c.id(), user);
                            xlsx.row(byChain, c.name(), r.demanded(), r.hired(), r.rate());
                        }
                    }
                });
            }
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    private static void write(XlsxWriter xlsx, String dimension, List<FillRate> rows, Map<Long, String> names) {
        for (FillRate r : rows) {
            xlsx.row(dimension, names.get(r.key()), r.demanded(), r.hired(), r.rate());
        }
    }
}
