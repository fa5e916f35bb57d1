package cn.zhuanban.investment.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentViews.LeadFilter;
import cn.zhuanban.investment.InvestmentViews.LeadRow;
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
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The lead ledger as XLSX, with the list's filters and data scope, streamed page by page. */
@Controller
class LeadExportController {

    private final InvestmentManagement investment;
    private final LeadChoices choices;
    private final UserDirectory users;
    private final MessageSource messages;

    LeadExportController(
            InvestmentManagement investment, LeadChoices choices, UserDirectory users, MessageSource messages) {
        this.investment = investment;
        this.choices = choices;
        this.users = users;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/investment/leads/export")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_EXPORT + "')")
    void export(@ModelAttribute LeadFilter filter, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        List<String> headers = List.of(
                        "attraction.lead.target",
                        "attraction.lead.channel",
                        "attraction.lead.stage",
                        "attraction.lead.partner",
                        "attraction.lead.referrer",
                        "attraction.lead.node",
                        "attraction.lead.expected-investment",
                        "attraction.lead.expected-jobs",
                        "attraction.lead.owner",
                        "attraction.lead.next-action",
                        "attraction.lead.next-action-on",
                        "attraction.lead.last-activity",
                        "attraction.lead.stale")
                .stream()
                .map(key -> LedgerText.of(messages, key, locale))
                .toList();
        try (XlsxWriter xlsx = new XlsxWriter(LedgerText.of(messages, "attraction.leads", locale), headers)) {
            Pages.eachPage(slice -> investment.leads(user, filter, slice), rows -> write(xlsx, rows, locale));
            Downloads.xlsx(response, LedgerText.of(messages, "attraction.leads", locale) + ".xlsx", xlsx);
        }
    }

    private void write(XlsxWriter xlsx, List<LeadRow> rows, Locale locale) {
        Map<Long, String> owners =
                users.namesOf(rows.stream().map(LeadRow::ownerId).distinct().toList());
        Map<Long, String> nodes = choices.nodeLabels(rows.stream().map(LeadRow::chainNodeId));
        for (LeadRow l : rows) {
            xlsx.row(
                    l.targetCompany(),
                    LedgerText.of(messages, "attraction.channel." + l.channel(), locale),
                    LedgerText.of(messages, "attraction.stage." + l.stage(), locale),
                    l.partnerName(),
                    l.referrerName(),
                    l.chainNodeId() == null ? null : nodes.get(l.chainNodeId()),
                    l.expectedInvestment(),
                    l.expectedJobs(),
                    owners.get(l.ownerId()),
                    l.nextAction(),
                    l.nextActionOn(),
                    l.lastActivityOn(),
                    // Words, as on the page, not Excel's TRUE/FALSE.
                    LedgerText.of(messages, "attraction.flag." + l.stale(), locale));
        }
    }
}
