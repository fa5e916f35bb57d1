package cn.zhuanban.industry.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeLeadCounts;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.Paging;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The gap list (missing, then weak nodes): what chain-based attraction targets, with how many leads in the user's scope
 * already work each gap (counted by the investment module, once per page); also as XLSX.
 */
@Controller
class GapController {

    private final IndustryManagement industry;
    private final MessageSource messages;
    private final ObjectProvider<NodeLeadCounts> leadCounts;

    GapController(IndustryManagement industry, MessageSource messages, ObjectProvider<NodeLeadCounts> leadCounts) {
        this.industry = industry;
        this.messages = messages;
        this.leadCounts = leadCounts;
    }

    @GetMapping("/industry/gaps")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_VIEW + "')")
    String gaps(
            @RequestParam(required = false) Long chainId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            CurrentUser user,
            Model model) {
        PageResult<NodeView> result = industry.gaps(chainId, q, PageQuery.ofList(page, size, 20));
        model.addAttribute("result", result);
        model.addAttribute("leadCounts", leadCounts(user, result.content()));
        model.addAttribute("q", q);
        model.addAttribute(
                "chains", industry.chains(new PageQuery(0, PageQuery.MAX_SIZE)).content());
        model.addAttribute("chainId", chainId);
        return Paging.isHtmx(request) ? "industry/gaps :: rows" : "industry/gaps";
    }

    @AuditedExport
    @GetMapping("/industry/gaps/export")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_VIEW + "')")
    void export(
            @RequestParam(required = false) Long chainId,
            @RequestParam(required = false) String q,
            Locale locale,
            CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        List<String> headers = List.of(
                        "industry.chain",
                        "industry.node.segment",
                        "industry.node.name",
                        "industry.node.code",
                        "industry.node.status",
                        "industry.node.status-note",
                        "industry.node.enterprises",
                        "industry.node.projects",
                        "industry.gaps.leads",
                        "industry.node.output")
                .stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
        String title = messages.getMessage("industry.gaps", null, locale);
        try (XlsxWriter xlsx = new XlsxWriter(title, headers)) {
            Pages.eachPage(slice -> industry.gaps(chainId, q, slice), (List<NodeView> nodes) -> {
                Map<Long, Long> leads = leadCounts(user, nodes);
                nodes.forEach(n -> xlsx.row(
                        n.chainName(),
                        messages.getMessage("industry.segment." + n.segment(), null, locale),
                        n.name(),
                        n.industryCode(),
                        messages.getMessage("industry.status." + n.status(), null, locale),
                        n.statusNote(),
                        n.enterpriseCount(),
                        n.projectIds().size(),
                        seesLeads(user) ? leads.getOrDefault(n.id(), 0L) : null,
                        n.localOutput()));
            });
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    /**
     * The leads in the user's scope per node of the page, in one query; none for a user who may not see leads (the
     * page leaves the column out, the export leaves it empty) or when no module counts leads.
     */
    private Map<Long, Long> leadCounts(CurrentUser user, List<NodeView> nodes) {
        NodeLeadCounts counts = leadCounts.getIfAvailable();
        return counts == null || nodes.isEmpty() || !seesLeads(user)
                ? Map.of()
                : counts.countsOf(user, nodes.stream().map(NodeView::id).toList());
    }

    private static boolean seesLeads(CurrentUser user) {
        return user.can(Permissions.INVESTMENT_LEAD_VIEW);
    }
}
