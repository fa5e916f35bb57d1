package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.InvestmentViews.BoardColumn;
import cn.zhuanban.investment.InvestmentViews.LeadFilter;
import cn.zhuanban.investment.InvestmentViews.LeadRow;
import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.investment.LeadStage;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.NamesByIds;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lead ledger and the pipeline board, data-scoped, filtered and paged in SQL. */
@Component
public class LeadQueries {

    static final String PIPELINE = "('LEAD', 'CONTACTED', 'NEGOTIATING', 'SIGNED')";

    private static final String STALE =
            "(l.stage in " + PIPELINE + " and coalesce(l.last_follow_up_on, l.created_on) < :cutoff)";

    /** Signed (or, from before the rule, further) without a key project: waiting to be converted. */
    private static final String AWAITING_CONVERSION =
            "(l.stage in ('SIGNED', 'REGISTERED', 'STARTED', 'IN_PRODUCTION') and l.project_id is null)";

    private static final String SELECT = "select l.id, l.target_company, l.channel, l.stage, p.name as partner_name, "
            + "r.name as referrer_name, l.chain_node_id, l.expected_investment, l.expected_jobs, l.owner_id, "
            + "l.next_action, l.next_action_on, coalesce(l.last_follow_up_on, l.created_on) as last_activity_on, "
            + "case when " + STALE + " then true else false end as stale, l.project_id, l.updated_at "
            + "from investment_lead l left join investment_partner p on p.id = l.partner_id "
            + "left join investment_referrer r on r.id = l.referrer_id";

    private static final String WHERE = " where " + LeadScope.SQL + """
             and (cast(:q as varchar) is null or lower(l.target_company) like :like escape '!' or lower(l.industry) like :like escape '!')
             and (cast(:stage as varchar) is null or l.stage = :stage)
             and (cast(:channel as varchar) is null or l.channel = :channel)
             and (cast(:node as bigint) is null or l.chain_node_id = :node)
             and (cast(:partner as bigint) is null or l.partner_id = :partner)
             and (cast(:referrer as bigint) is null or l.referrer_id = :referrer)
             and (cast(:owner as bigint) is null or l.owner_id = :owner)
             and (cast(:reached as varchar) is null or exists (select 1 from lead_stage_move m
                  where m.investment_lead = l.id and m.stage = :reached
                  and (cast(:reachedFrom as date) is null or m.moved_on >= :reachedFrom)
                  and (cast(:reachedTo as date) is null or m.moved_on <= :reachedTo)))
             and (cast(:createdFrom as date) is null or l.created_on >= :createdFrom)
             and (cast(:createdTo as date) is null or l.created_on <= :createdTo)
             and (cast(:stale as boolean) is null or\s""" + STALE + " = :stale)"
            + " and (cast(:awaiting as boolean) is null or " + AWAITING_CONVERSION + " = :awaiting)";

    private final JdbcClient jdbc;

    LeadQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per chain node among {@code nodeIds}, how many of the leads the scope shows work it (all but the terminated):
     * one grouped query for a page of the gap list. A node without such leads is absent.
     */
    public Map<Long, Long> countsByNode(LeadScope scope, Collection<Long> nodeIds) {
        if (nodeIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("nodes", List.copyOf(nodeIds));
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select l.chain_node_id, count(*) as leads from investment_lead l where l.chain_node_id in (:nodes)"
                        + " and l.stage <> 'TERMINATED' and " + LeadScope.SQL + " group by l.chain_node_id")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getLong("chain_node_id"), rs.getLong("leads"));
                });
        return counts;
    }

    /** The target companies of these leads by id, regardless of scope, for the audit log. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return NamesByIds.of(jdbc, "select id, target_company from investment_lead where id in (:ids)", ids);
    }

    public PageResult<LeadRow> leads(LeadScope scope, LeadFilter filter, LocalDate cutoff, PageQuery page) {
        Map<String, Object> params = params(scope, filter, cutoff);
        long total = jdbc.sql("select count(*) from investment_lead l" + WHERE)
                .params(params)
                .query(Long.class)
                .single();
        List<LeadRow> rows = jdbc.sql(
                        SELECT + WHERE + " order by l.updated_at desc, l.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(LeadQueries::row)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public Optional<LeadRow> lead(LeadScope scope, long id, LocalDate cutoff) {
        return jdbc.sql(SELECT + " where l.id = :id and " + LeadScope.SQL)
                .params(scope.params())
                .param("id", id)
                .param("cutoff", cutoff)
                .query(LeadQueries::row)
                .optional();
    }

    /** Each stage's count and investment, with its most recently touched leads (window function, one query). */
    public List<BoardColumn> board(LeadScope scope, LeadFilter filter, LocalDate cutoff, int perStage) {
        Map<String, Object> params = params(scope, filter, cutoff);
        Map<LeadStage, StageTotal> totals = new HashMap<>();
        jdbc.sql("select l.stage, count(*), coalesce(sum(l.expected_investment), 0) from investment_lead l" + WHERE
                        + " group by l.stage")
                .params(params)
                .query((rs, n) ->
                        new StageTotal(LeadStage.valueOf(rs.getString(1)), rs.getLong(2), rs.getBigDecimal(3)))
                .list()
                .forEach(t -> totals.put(t.stage(), t));
        Map<LeadStage, List<LeadRow>> top = new HashMap<>();
        jdbc.sql(
                        "select * from (select x.*, row_number() over (partition by x.stage order by x.updated_at desc, x.id desc)"
                                + " as rn from (" + SELECT + WHERE
                                + ") x) y where y.rn <= :per order by y.updated_at desc")
                .params(params)
                .param("per", perStage)
                .query((rs, n) -> top.computeIfAbsent(LeadStage.valueOf(rs.getString("stage")), k -> new ArrayList<>())
                        .add(row(rs, n)))
                .list();
        return java.util.Arrays.stream(LeadStage.values())
                .map(s -> {
                    StageTotal t = totals.getOrDefault(s, new StageTotal(s, 0, BigDecimal.ZERO));
                    return new BoardColumn(s, t.count(), t.investment(), top.getOrDefault(s, List.of()));
                })
                .toList();
    }

    private record StageTotal(LeadStage stage, long count, BigDecimal investment) {}

    private static Map<String, Object> params(LeadScope scope, LeadFilter f, LocalDate cutoff) {
        Map<String, Object> params = new HashMap<>(scope.params());
        // "Only the leads I work on" drops the registrar's read-only sight, as LeadScope.toChange does.
        params.put("scopeRegistrar", scope.registrarSees() && !Boolean.TRUE.equals(f.working()));
        String q = f.q() == null || f.q().isBlank() ? null : f.q().trim();
        params.put("q", q);
        params.put("like", LikeText.containing(q));
        params.put("stage", f.stage() == null ? null : f.stage().name());
        params.put("channel", f.channel() == null ? null : f.channel().name());
        params.put("node", f.chainNodeId());
        params.put("partner", f.partnerId());
        params.put("referrer", f.referrerId());
        params.put("owner", f.ownerId());
        params.put("stale", f.stale());
        params.put("awaiting", f.awaitingConversion());
        params.put("reached", f.reached() == null ? null : f.reached().name());
        params.put("reachedFrom", f.reachedFrom());
        params.put("reachedTo", f.reachedTo());
        params.put("createdFrom", f.createdFrom());
        params.put("createdTo", f.createdTo());
        params.put("cutoff", cutoff);
        return params;
    }

    static LeadRow row(ResultSet rs, int n) throws SQLException {
        return new LeadRow(
                rs.getLong("id"),
                rs.getString("target_company"),
                LeadChannel.valueOf(rs.getString("channel")),
                LeadStage.valueOf(rs.getString("stage")),
                rs.getString("partner_name"),
                rs.getString("referrer_name"),
                rs.getObject("chain_node_id", Long.class),
                rs.getBigDecimal("expected_investment"),
                rs.getObject("expected_jobs", Integer.class),
                rs.getLong("owner_id"),
                rs.getString("next_action"),
                rs.getObject("next_action_on", LocalDate.class),
                rs.getObject("last_activity_on", LocalDate.class),
                rs.getBoolean("stale"),
                rs.getObject("project_id", Long.class));
    }
}
