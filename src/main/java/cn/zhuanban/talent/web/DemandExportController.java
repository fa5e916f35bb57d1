package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.TalentViews.DemandFilter;
import cn.zhuanban.talent.TalentViews.DemandView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The demand ledger as XLSX, with the list's filters and data scope. */
@Controller
class DemandExportController {

    private final TalentManagement talent;
    private final TalentNames names;
    private final MessageSource messages;

    DemandExportController(TalentManagement talent, TalentNames names, MessageSource messages) {
        this.talent = talent;
        this.names = names;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/talent/demands/export")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_EXPORT + "')")
    void export(@ModelAttribute DemandFilter filter, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        List<String> headers = List.of(
                        "talent.demand.enterprise",
                        "talent.demand.project",
                        "talent.demand.position",
                        "talent.demand.headcount",
                        "talent.demand.hired",
                        "talent.demand.education",
                        "talent.demand.discipline",
                        "talent.demand.min-years",
                        "talent.demand.salary-min",
                        "talent.demand.salary-max",
                        "talent.demand.urgency",
                        "talent.demand.needed-by",
                        "talent.demand.location",
                        "talent.demand.status")
                .stream()
                .map(key -> LedgerText.of(messages, key, locale))
                .toList();
        try (XlsxWriter xlsx = new XlsxWriter(LedgerText.of(messages, "talent.demands", locale), headers)) {
            Pages.eachPage(slice -> talent.demands(user, filter, slice), rows -> write(xlsx, rows, locale));
            Downloads.xlsx(response, LedgerText.of(messages, "talent.demands", locale) + ".xlsx", xlsx);
        }
    }

    private void write(XlsxWriter xlsx, List<DemandView> rows, Locale locale) {
        Map<Long, String> enterprises =
                names.enterprises(rows.stream().map(DemandView::enterpriseId).toList());
        Map<Long, String> projects =
                names.projects(rows.stream().map(DemandView::projectId).toList());
        for (DemandView d : rows) {
            xlsx.row(
                    enterprises.get(d.enterpriseId()),
                    d.projectId() == null ? null : projects.get(d.projectId()),
                    d.position(),
                    d.headcount(),
                    d.hired(),
                    LedgerText.of(messages, "talent.education." + d.education(), locale),
                    d.discipline(),
                    d.minYears(),
                    d.salaryMin(),
                    d.salaryMax(),
                    LedgerText.of(messages, "talent.urgency." + d.urgency(), locale),
                    d.neededBy(),
                    d.location(),
                    LedgerText.of(messages, "talent.demand-status." + d.status(), locale));
        }
    }
}
