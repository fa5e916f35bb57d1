package cn.zhuanban.industry;

import java.math.BigDecimal;
import java.util.List;

/** Read models of chains and nodes, as pages and other modules show them. */
public final class ChainViews {

    /** A chain in the list, with its node counts by status. */
    public record ChainSummary(
            long id,
            String name,
            Long chainLeaderId,
            String description,
            int nodes,
            int strong,
            int weak,
            int missing) {}

    public record ChainView(
            long id,
            String name,
            Long chainLeaderId,
            String description,
            int sortOrder,
            int version,
            List<NodeView> nodes) {}

    /** A node with the ids of the local enterprises and projects attached to it. */
    public record NodeView(
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
            int sortOrder,
            int version,
            List<Long> enterpriseIds,
            List<Long> projectIds) {

        public int enterpriseCount() {
            return enterpriseIds.size();
        }

        /**
         * Whether the node is still marked missing though local enterprises or projects are attached to it now. Staff
         * rate a node by hand (an attached supplier may be too small to count), so the pages suggest re-rating it
         * rather than changing the rating themselves.
         */
        public boolean suggestsRerating() {
            return status == NodeStatus.MISSING && (!enterpriseIds.isEmpty() || !projectIds.isEmpty());
        }

        public String label() {
            return chainName + " / " + name + " (" + industryCode + ")";
        }
    }

    /** The enterprises and projects attached anywhere on a chain. */
    public record ChainMembers(List<Long> enterpriseIds, List<Long> projectIds) {}

    private ChainViews() {}
}
