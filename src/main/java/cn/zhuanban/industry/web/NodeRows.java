package cn.zhuanban.industry.web;

import cn.zhuanban.industry.ChainViews.NodeView;
import java.util.ArrayList;
import java.util.List;

/** Nodes in display order: each top-level node followed by its sub-nodes, with their depth. */
record NodeRows(NodeView node, int depth) {

    static List<NodeRows> of(List<NodeView> nodes) {
        List<NodeRows> rows = new ArrayList<>();
        nodes.stream().filter(n -> n.parentId() == null).forEach(top -> {
            rows.add(new NodeRows(top, 0));
            nodes.stream()
                    .filter(n -> top.id() == (n.parentId() == null ? -1 : n.parentId()))
                    .forEach(child -> rows.add(new NodeRows(child, 1)));
        });
        return rows;
    }
}
