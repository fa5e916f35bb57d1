package cn.zhuanban.industry.domain;

import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.ChainViews.ChainMembers;
import cn.zhuanban.industry.ChainViews.ChainSummary;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.NamesByIds;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read side of chains: one query for the rows and one per attachment table for the whole page,
 * never one per node.
 */
@Component
public class ChainQueries {

    private static final String NODE = """
            select n.id, n.chain_id, c.name as chain_name, n.parent_id, n.segment, n.name, n.industry_code, n.status,
                   n.status_note, n.local_output, n.sort_order, n.version
            from chain_node n join industry_chain c on c.id = n.chain_id
            """;

    private static final String SEGMENT_ORDER =
            "case n.segment when 'UPSTREAM' then 0 when 'MIDSTREAM' then 1 else 2 end";

    /** The chain is joined for the count too: the search text looks at its name. */
    private static final String GAP_WHERE = """
             where n.status in ('MISSING', 'WEAK') and (cast(:chain as bigint) is null or n.chain_id = :chain)
               and (cast(:like as varchar) is null or lower(n.name) like :like escape '!'
                    or lower(coalesce(n.industry_code, '')) like :like escape '!'
                    or lower(coalesce(n.status_note, '')) like :like escape '!' or lower(c.name) like :like escape '!')
            """;

    private static final String CHAIN_WHERE =
            " where (cast(:like as varchar) is null or lower(c.name) like :like escape '!') ";

    private final JdbcClient jdbc;

    ChainQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of these chains by id, regardless of anything but existence (the audit log's names). */
    public Map<Long, String> chainNamesOf(Collection<Long> ids) {
        return NamesByIds.of(jdbc, "select id, name from industry_chain where id in (:ids)", ids);
    }

    /** The names of these nodes by id as the pick lists show them, {@code chain / node}. */
    public Map<Long, String> nodeNamesOf(Collection<Long> ids) {
        return NamesByIds.of(jdbc, """
                select n.id, c.name || ' / ' || n.name
                from chain_node n join industry_chain c on c.id = n.chain_id
                where n.id in (:ids)""", ids);
    }

    /** A page of the chains whose name contains the words (a typed {@code %} or {@code _} as itself), all when blank. */
    public PageResult<ChainSummary> chains(String q, PageQuery page) {
        String like = LikeText.containing(q);
        long total = jdbc.sql("select count(*) from industry_chain c" + CHAIN_WHERE)
                .param("like", like)
                .query(Long.class)
                .single();
        List<ChainSummary> rows = jdbc.sql("""
                        select c.id, c.name, c.chain_leader_id, c.description, count(n.id) as nodes,
                               coalesce(sum(case when n.status = 'STRONG' then 1 else 0 end), 0) as strong,
                               coalesce(sum(case when n.status = 'WEAK' then 1 else 0 end), 0) as weak,
                               coalesce(sum(case when n.status = 'MISSING' then 1 else 0 end), 0) as missing
                        from industry_chain c left join chain_node n on n.chain_id = c.id""" + CHAIN_WHERE + """
                        group by c.id, c.name, c.chain_leader_id, c.description, c.sort_order
                        order by c.sort_order, c.id limit :limit offset :offset""")
                .param("like", like)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new ChainSummary(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getObject("chain_leader_id", Long.class),
                        rs.getString("description"),
                        rs.getInt("nodes"),
                        rs.getInt("strong"),
                        rs.getInt("weak"),
                        rs.getInt("missing")))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The nodes of one chain, upstream first, each with its attached enterprises and projects. */
    public List<NodeView> nodesOf(long chainId) {
        return withMembers(
                jdbc.sql(NODE + " where n.chain_id = :chain order by " + SEGMENT_ORDER + ", n.sort_order, n.id")
                        .param("chain", chainId)
                        .query(ChainQueries::row)
                        .list());
    }

    /** Missing nodes first, then weak ones: the targets of chain-based attraction. */
    public PageResult<NodeView> gaps(Long chainId, String q, PageQuery page) {
        long total = jdbc.sql(
                        "select count(*) from chain_node n join industry_chain c on c.id = n.chain_id" + GAP_WHERE)
                .param("chain", chainId)
                .param("like", LikeText.containing(q))
                .query(Long.class)
                .single();
        List<NodeView> rows = jdbc.sql(NODE + GAP_WHERE + " order by case n.status when 'MISSING' then 0 else 1 end, "
                        + "c.sort_order, c.id, " + SEGMENT_ORDER + ", n.sort_order, n.id limit :limit offset :offset")
                .param("chain", chainId)
                .param("like", LikeText.containing(q))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(ChainQueries::row)
                .list();
        return new PageResult<>(withMembers(rows), page.page(), page.size(), total);
    }

    public List<NodeView> nodes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withMembers(jdbc.sql(NODE + " where n.id in (:ids) order by c.sort_order, c.id, " + SEGMENT_ORDER
                        + ", n.sort_order, n.id")
                .param("ids", ids)
                .query(ChainQueries::row)
                .list());
    }

    /** Every node of every chain, for choosing one in a form. */
    public List<NodeView> allNodes() {
        return jdbc.sql(NODE + " order by c.sort_order, c.id, " + SEGMENT_ORDER + ", n.sort_order, n.id")
                .query(ChainQueries::row)
                .list();
    }

    public List<NodeView> nodesOfProject(long projectId) {
        return withMembers(
                jdbc.sql(NODE + " where n.id in (select chain_node from chain_node_project where project_id = :p)"
                                + " order by c.sort_order, n.sort_order")
                        .param("p", projectId)
                        .query(ChainQueries::row)
                        .list());
    }

    public ChainMembers membersOf(long chainId) {
        List<Long> enterprises =
                jdbc.sql("""
                        select distinct e.enterprise_id from chain_node_enterprise e join chain_node n on n.id = e.chain_node
                        where n.chain_id = :chain""").param("chain", chainId).query(Long.class).list();
        List<Long> projects =
                jdbc.sql("""
                        select distinct p.project_id from chain_node_project p join chain_node n on n.id = p.chain_node
                        where n.chain_id = :chain""").param("chain", chainId).query(Long.class).list();
        return new ChainMembers(enterprises, projects);
    }

    private List<NodeView> withMembers(List<NodeView> nodes) {
        if (nodes.isEmpty()) {
            return nodes;
        }
        List<Long> ids = nodes.stream().map(NodeView::id).toList();
        Map<Long, List<Long>> enterprises = attached("chain_node_enterprise", "enterprise_id", ids);
        Map<Long, List<Long>> projects = attached("chain_node_project", "project_id", ids);
        return nodes.stream()
                .map(v -> new NodeView(
                        v.id(),
                        v.chainId(),
                        v.chainName(),
                        v.parentId(),
                        v.segment(),
                        v.name(),
                        v.industryCode(),
                        v.status(),
                        v.statusNote(),
                        v.localOutput(),
                        v.sortOrder(),
                        v.version(),
                        enterprises.getOrDefault(v.id(), List.of()),
                        projects.getOrDefault(v.id(), List.of())))
                .toList();
    }

    private Map<Long, List<Long>> attached(String table, String column, List<Long> nodeIds) {
        Map<Long, List<Long>> result = new HashMap<>();
        jdbc.sql("select chain_node, " + column + " from " + table + " where chain_node in (:ids) order by " + column)
                .param("ids", nodeIds)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return result;
    }

    private static NodeView row(ResultSet rs, int n) throws SQLException {
        return new NodeView(
                rs.getLong("id"),
                rs.getLong("chain_id"),
                rs.getString("chain_name"),
                rs.getObject("parent_id", Long.class),
                ChainSegment.valueOf(rs.getString("segment")),
                rs.getString("name"),
                rs.getString("industry_code"),
                NodeStatus.valueOf(rs.getString("status")),
                rs.getString("status_note"),
                rs.getBigDecimal("local_output"),
                rs.getInt("sort_order"),
                rs.getInt("version"),
                List.of(),
                List.of());
    }
}
