package cn.zhuanban.talent.domain;

import cn.zhuanban.project.ProjectScope;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.NamesByIds;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.DemandStatus;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.TalentViews.DemandFilter;
import cn.zhuanban.talent.TalentViews.DemandView;
import cn.zhuanban.talent.TalentViews.FillRate;
import cn.zhuanban.talent.Urgency;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demands and fill rates, data-scoped and paged in SQL; hires are counted per demand, capped at its headcount. */
@Component
public class DemandQueries {

    private static final String HIRED = """
            left join (select demand_id, count(*) as hired from talent_match where status = 'HIRED' group by demand_id) h
              on h.demand_id = d.id
            """;

    private static final String SELECT =
            "select d.*, least(coalesce(h.hired, 0), d.headcount) as hired_count " + "from talent_demand d " + HIRED;

    private static final String FILTER = """
             and (cast(:q as varchar) is null or lower(d.position) like :like escape '!' or lower(d.discipline) like :like escape '!')
             and (cast(:enterprise as bigint) is null or d.enterprise_id = :enterprise)
             and (cast(:project as bigint) is null or d.project_id = :project)
             and (cast(:status as varchar) is null or d.status = :status)
             and (cast(:urgency as varchar) is null or d.urgency = :urgency)
            """;

    /** The demands of the projects whose name holds {@code :projectLike}. */
    private static final String PROJECT_NAMED =
            " and d.project_id in (select p.id from project p where lower(p.name) like :projectLike escape '!')";

    private final JdbcClient jdbc;

    DemandQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The positions of these demands by id, regardless of scope, for the audit log. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return NamesByIds.of(jdbc, "select id, position from talent_demand where id in (:ids)", ids);
    }

    public PageResult<DemandView> demands(TalentScope scope, DemandFilter filter, PageQuery page) {
        Map<String, Object> params = params(scope, filter);
        String where = " where (" + scope.sql() + ")" + FILTER;
        long total = jdbc.sql("select count(*) from talent_demand d" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<DemandView> rows = jdbc.sql(SELECT + where + """
                         order by case d.status when 'OPEN' then 0 else 1 end, case d.urgency when 'URGENT' then 0 else 1 end,
                                  d.needed_by, d.id limit :limit offset :offset""")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(DemandQueries::row)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public Optional<DemandView> demand(TalentScope scope, long id) {
        return jdbc.sql(SELECT + " where d.id = :id and (" + scope.sql() + ")")
                .params(scope.params())
                .param("id", id)
                .query(DemandQueries::row)
                .optional();
    }

    /** The demands with these ids that the scope holds, in one query; an id out of scope or unknown is left out. */
    public List<DemandView> demandsIn(TalentScope scope, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where d.id in (:ids) and (" + scope.sql() + ") order by d.id")
                .params(scope.params())
                .param("ids", ids)
                .query(DemandQueries::row)
                .list();
    }

    public PageResult<FillRate> byEnterprise(TalentScope scope, PageQuery page) {
        return byEnterprise(scope, null, page);
    }

    /** By enterprise; with {@code chain}, only the demands of the chain's enterprises and projects. */
    public PageResult<FillRate> byEnterprise(TalentScope scope, ChainDemands chain, PageQuery page) {
        return grouped("d.enterprise_id", "", Map.of(), scope, chain, page);
    }

    public PageResult<FillRate> byProject(TalentScope scope, PageQuery page) {
        return byProject(scope, null, null, page);
    }

    /**
     * By project; {@code q} narrows to projects whose name holds the words, {@code chain} to the demands of the chain's
     * enterprises and projects. The project's name is read from the project table, as other modules' lists search it.
     */
    public PageResult<FillRate> byProject(TalentScope scope, String q, ChainDemands chain, PageQuery page) {
        String like = LikeText.containing(q);
        if (like == null) {
            return grouped("d.project_id", " and d.project_id is not null", Map.of(), scope, chain, page);
        }
        return grouped("d.project_id", PROJECT_NAMED, Map.of("projectLike", like), scope, chain, page);
    }

    /**
     * The total of the rows a filtered page shows, summed in one query over the same demands as its sections: with
     * {@code q}, those of the projects whose name holds it (the 按项目 rows, every page); else all in scope (the 按企业
     * rows); {@code chain} narrows either to the chain's enterprises and projects.
     */
    public FillRate filteredTotal(TalentScope scope, String q, ChainDemands chain) {
        String like = LikeText.containing(q);
        Map<String, Object> params = new HashMap<>(scope.params());
        if (like != null) {
            params.put("projectLike", like);
        }
        if (chain != null) {
            params.putAll(chain.params());
        }
        return jdbc.sql("select coalesce(sum(d.headcount), 0) as demanded, coalesce(sum(least(coalesce(h.hired, 0), "
                        + "d.headcount)), 0) as hired from talent_demand d " + HIRED + " where (" + scope.sql() + ")"
                        + (like == null ? "" : PROJECT_NAMED) + (chain == null ? "" : chain.sql()))
                .params(params)
                .query((rs, n) -> new FillRate(null, rs.getInt("demanded"), rs.getInt("hired")))
                .single();
    }

    /** The enterprises and projects attached to one chain's nodes, whose demands count for the chain. */
    public record ChainDemands(Collection<Long> enterpriseIds, Collection<Long> projectIds) {

        String sql() {
            return " and (d.enterprise_id in (:chainEnterprises) or d.project_id in (:chainProjects))";
        }

        Map<String, Object> params() {
            return Map.of(
                    "chainEnterprises", enterpriseIds.isEmpty() ? List.of(-1L) : enterpriseIds,
                    "chainProjects", projectIds.isEmpty() ? List.of(-1L) : projectIds);
        }
    }

    /** Demands in scope of the given enterprises or projects together, e.g. everything attached to one chain. */
    public FillRate of(TalentScope scope, Long key, Collection<Long> enterpriseIds, Collection<Long> projectIds) {
        if (enterpriseIds.isEmpty() && projectIds.isEmpty()) {
            return new FillRate(key, 0, 0);
        }
        return jdbc.sql("select coalesce(sum(d.headcount), 0) as demanded, coalesce(sum(least(coalesce(h.hired, 0), "
                        + "d.headcount)), 0) as hired from talent_demand d " + HIRED
                        + " where (d.enterprise_id in (:enterprises) or d.project_id in (:projects)) and ("
                        + scope.sql() + ")")
                .params(scope.params())
                .param("enterprises", enterpriseIds.isEmpty() ? List.of(-1L) : enterpriseIds)
                .param("projects", projectIds.isEmpty() ? List.of(-1L) : projectIds)
                .query((rs, n) -> new FillRate(key, rs.getInt("demanded"), rs.getInt("hired")))
                .single();
    }

    private PageResult<FillRate> grouped(
            String column,
            String extra,
            Map<String, Object> extraParams,
            TalentScope scope,
            ChainDemands chain,
            PageQuery page) {
        String where = " where (" + scope.sql() + ")" + extra + (chain == null ? "" : chain.sql());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.putAll(extraParams);
        if (chain != null) {
            params.putAll(chain.params());
        }
        long total = jdbc.sql("select count(distinct " + column + ") from talent_demand d" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<FillRate> rows = jdbc.sql("select " + column + " as k, sum(d.headcount) as demanded, "
                        + "sum(least(coalesce(h.hired, 0), d.headcount)) as hired from talent_demand d " + HIRED + where
                        + " group by " + column + " order by sum(d.headcount) - sum(least(coalesce(h.hired, 0), "
                        + "d.headcount)) desc, " + column + " limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new FillRate(rs.getLong("k"), rs.getInt("demanded"), rs.getInt("hired")))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    private static Map<String, Object> params(TalentScope scope, DemandFilter filter) {
        Map<String, Object> params = new HashMap<>(scope.params());
        String q =
                filter.q() == null || filter.q().isBlank() ? null : filter.q().trim();
        params.put("q", q);
        params.put("like", LikeText.containing(q));
        params.put("enterprise", filter.enterpriseId());
        params.put("project", filter.projectId());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("urgency", filter.urgency() == null ? null : filter.urgency().name());
        return params;
    }

    static DemandView row(ResultSet rs, int n) throws SQLException {
        return new DemandView(
                rs.getLong("id"),
                rs.getLong("enterprise_id"),
                rs.getObject("project_id", Long.class),
                rs.getString("position"),
                rs.getInt("headcount"),
                rs.getInt("hired_count"),
                Education.valueOf(rs.getString("education")),
                rs.getString("discipline"),
                rs.getInt("min_years"),
                rs.getObject("salary_min", Integer.class),
                rs.getObject("salary_max", Integer.class),
                Urgency.valueOf(rs.getString("urgency")),
                rs.getObject("needed_by", java.time.LocalDate.class),
                rs.getString("location"),
                DemandStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                rs.getInt("version"));
    }

    /**
     * Demanded and hired (capped per demand) over the demands in scope, summed in one query: the cockpit's figure;
     * with {@code projects} only the demands of those projects count.
     */
    public FillRate total(TalentScope scope, ProjectScope projects) {
        String ofProjects = projects == null ? "" : " and " + projects.ofProject("d.project_id");
        Map<String, Object> params = new HashMap<>(scope.params());
        if (projects != null) {
            params.putAll(projects.params());
        }
        return jdbc.sql("select coalesce(sum(d.headcount), 0) as demanded, coalesce(sum(least(coalesce(h.hired, 0), "
                        + "d.headcount)), 0) as hired from talent_demand d " + HIRED + " where (" + scope.sql() + ")"
                        + ofProjects)
                .params(params)
                .query((rs, n) -> new FillRate(null, rs.getInt("demanded"), rs.getInt("hired")))
                .single();
    }
}
