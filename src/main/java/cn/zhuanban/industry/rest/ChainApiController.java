package cn.zhuanban.industry.rest;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.ChainViews.ChainSummary;
import cn.zhuanban.industry.ChainViews.ChainView;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.ApiController;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Industry chains over the API (read only): the chains with their node counts by status, one chain
 * by segment with each node's status, and the gap list (missing, then weak nodes) that chain-based
 * attraction targets. Chains are district-wide data; attached enterprises and projects are given
 * as counts, not ids, so the API names no project outside the caller's scope.
 */
@ApiController("/api/v1/industry")
class ChainApiController {

    private static final String VIEW = "hasAuthority('" + Permissions.INDUSTRY_CHAIN_VIEW + "')";

    record Node(
            long id,
            long chainId,
            String chainName,
            Long parentId,
            ChainSegment segment,
            String name,
            String industryCode,
            NodeStatus status,
            String statusNote,
            BigDecimal localOutput,
            int enterpriseCount,
            int projectCount) {

        static Node of(NodeView n) {
            return new Node(
                    n.id(),
                    n.chainId(),
                    n.chainName(),
                    n.parentId(),
                    n.segment(),
                    n.name(),
                    n.industryCode(),
                    n.status(),
                    n.statusNote(),
                    n.localOutput(),
                    n.enterpriseCount(),
                    n.projectIds().size());
        }
    }

    record Segment(ChainSegment segment, List<Node> nodes) {}

    record Chain(long id, String name, Long chainLeaderId, String description, List<Segment> segments) {}

    private final IndustryManagement industry;

    ChainApiController(IndustryManagement industry) {
        this.industry = industry;
    }

    @GetMapping("/chains")
    @PreAuthorize(VIEW)
    PageResult<ChainSummary> chains(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return industry.chains(PageQuery.of(page, size));
    }

    @GetMapping("/chains/{id}")
    @PreAuthorize(VIEW)
    Chain chain(@PathVariable long id) {
        ChainView chain = industry.chain(id);
        List<Segment> segments = Arrays.stream(ChainSegment.values())
                .map(s -> new Segment(
                        s,
                        chain.nodes().stream()
                                .filter(n -> n.segment() == s)
                                .map(Node::of)
                                .toList()))
                .toList();
        return new Chain(chain.id(), chain.name(), chain.chainLeaderId(), chain.description(), segments);
    }

    @GetMapping("/chains/{id}/gaps")
    @PreAuthorize(VIEW)
    PageResult<Node> chainGaps(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        industry.chain(id);
        return industry.gaps(id, PageQuery.of(page, size)).map(Node::of);
    }

    @GetMapping("/gaps")
    @PreAuthorize(VIEW)
    PageResult<Node> gaps(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return industry.gaps(null, PageQuery.of(page, size)).map(Node::of);
    }

    @GetMapping("/nodes/{id}")
    @PreAuthorize(VIEW)
    Node node(@PathVariable long id) {
        return industry.node(id).map(Node::of).orElseThrow(() -> new NotFoundException("chain-node", id));
    }
}
