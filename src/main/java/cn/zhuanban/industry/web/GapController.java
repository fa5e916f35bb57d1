package cn.zhuanban.industry.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.shared.PageQuery;
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
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The gap list (missing, then weak nodes): what chain-based attraction targets; also as XLSX. */
@Controller
class GapController {

    private final IndustryManagement industry;
    private final MessageSource messages;

    GapController(IndustryManagement industry, MessageSource messages) {
        this.industry = industry;
        this.messages = messages;
    }

    @GetMapping("/industry/gaps")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_VIEW + "')")
    String gaps(
            @RequestParam(required = false) Long chainId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("result", industry.gaps(chainId, q, PageQuery.ofList(page, size, 20)));
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
                        "industry.node.output")
                .stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
        String title = messages.getMessage("industry.gaps", null, locale);
        try (XlsxWriter xlsx = new XlsxWriter(title, headers)) {
            Pages.each(slice -> industry.gaps(chainId, q, slice), (NodeView n) -> {
                xlsx.row(
                        n.chainName(),
                        messages.getMessage("industry.segment." + n.segment(), null, locale),
                        n.name(),
                        n.industryCode(),
                        messages.getMessage("industry.status." + n.status(), null, locale),
                        n.statusNote(),
                        n.enterpriseCount(),
                        n.projectIds().size(),
                        n.localOutput());
            });
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
