package cn.zhuanban.industry.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.ChainViews.ChainView;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryManagement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chain as a tree for ECharts (chain → segments → nodes → sub-nodes), with labels already in
 * the user's language, so the chart script only draws.
 */
@RestController
class ChainMapController {

    /** One tree node: the chart colours it by status; tooltip lines are plain text, escaped by the script. */
    record TreeNode(String name, String status, List<String> tooltip, List<TreeNode> children) {}

    private final IndustryManagement industry;
    private final MessageSource messages;

    ChainMapController(IndustryManagement industry, MessageSource messages) {
        this.industry = industry;
        this.messages = messages;
    }

    @GetMapping("/industry/chains/{id}/map.json")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_VIEW + "')")
    TreeNode map(@PathVariable long id, Locale locale) {
        ChainView chain = industry.chain(id);
        List<TreeNode> segments = Arrays.stream(ChainSegment.values())
                .map(s -> new TreeNode(
                        text("industry.segment." + s, locale),
                        null,
                        List.of(),
                        children(chain.nodes(), s, null, locale)))
                .toList();
        return new TreeNode(chain.name(), null, List.of(), segments);
    }

    private List<TreeNode> children(List<NodeView> nodes, ChainSegment segment, Long parent, Locale locale) {
        return nodes.stream()
                .filter(n -> n.segment() == segment && java.util.Objects.equals(n.parentId(), parent))
                .map(n -> new TreeNode(
                        n.name() + " " + n.industryCode(),
                        n.status().name(),
                        tooltip(n, locale),
                        children(nodes, segment, n.id(), locale)))
                .toList();
    }

    private List<String> tooltip(NodeView n, Locale locale) {
        return List.of(
                n.name() + " (" + n.industryCode() + ")",
                text("industry.node.status", locale) + ": " + text("industry.status." + n.status(), locale),
                text("industry.node.enterprises", locale) + ": " + n.enterpriseCount(),
                text("industry.node.projects", locale) + ": " + n.projectIds().size(),
                text("industry.node.output", locale) + ": " + (n.localOutput() == null ? "-" : n.localOutput()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
