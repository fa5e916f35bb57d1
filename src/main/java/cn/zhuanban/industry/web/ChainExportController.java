package cn.zhuanban.industry.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.ChainViews.ChainSummary;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The industry chains (产业链台账) as XLSX: each chain with its leader and how many of its nodes are strong, weak or
 * missing, as the list shows them. Chains are the district's, read by whoever reads them, like the gap list's file.
 */
@Controller
class ChainExportController {

    private final IndustryManagement industry;
    private final UserDirectory users;
    private final MessageSource messages;

    ChainExportController(IndustryManagement industry, UserDirectory users, MessageSource messages) {
        this.industry = industry;
        this.users = users;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/industry/chains/export")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_VIEW + "')")
    void export(@RequestParam(required = false) String q, Locale locale, HttpServletResponse response)
            throws IOException {
        String title = LedgerText.of(messages, "industry.chains.sheet", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "industry.chain.name",
                        "industry.chain.leader",
                        "industry.chain.nodes",
                        "industry.status.STRONG",
                        "industry.status.WEAK",
                        "industry.status.MISSING",
                        "industry.chain.description"))) {
            Pages.eachPage(slice -> industry.chains(q, slice), chains -> {
                Map<Long, String> leaders = users.namesOf(chains.stream()
                        .map(ChainSummary::chainLeaderId)
                        .filter(Objects::nonNull)
                        .toList());
                for (ChainSummary c : chains) {
                    xlsx.row(
                            c.name(),
                            c.chainLeaderId() == null ? null : leaders.get(c.chainLeaderId()),
                            c.nodes(),
                            c.strong(),
                            c.weak(),
                            c.missing(),
                            c.description());
                }
            });
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
