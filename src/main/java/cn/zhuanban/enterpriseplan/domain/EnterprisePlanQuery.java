package cn.zhuanban.enterpriseplan.domain;

import cn.zhuanban.enterpriseplan.PlanStatus;
import cn.zhuanban.enterpriseplan.domain.PlanRows.ListRow;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan list, filtered and paged in SQL within the user's scope. */
@Repository
public class EnterprisePlanQuery {

    private final JdbcClient jdbc;

    EnterprisePlanQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each plan at the version the scope shows it at; {@code enterpriseIds} null: no text search; empty: the search matched no enterprise. */
    public PageResult<ListRow> page(
            PlanScope scope, Collection<Long> enterpriseIds, PlanStatus status, PageQuery page) {
        if (enterpriseIds != null && enterpriseIds.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        StringBuilder where = new StringBuilder(" where (" + scope.sql() + ")");
        Map<String, Object> params = new HashMap<>(scope.params());
        if (enterpriseIds != null) {
            where.append(" and ep.enterprise_id in (:enterprises)");
            params.put("enterprises", enterpriseIds);
        }
        if (status != null) {
            where.append(" and v.status = :status");
            params.put("status", status.name());
        }
        String from = " from enterprise_plan ep join enterprise_plan_version v"
                + " on v.plan_id = ep.id and v.number = " + scope.shownNumber();
        long total = jdbc.sql("select count(*)" + from + where)
                .params(params)
                .query(Long.class)
                .single();
        List<ListRow> rows = jdbc.sql("select ep.id, ep.enterprise_id, v.number, v.status, ep.approved_number,"
                        + " (select count(*) from enterprise_plan_measure m where m.plan_version_id = v.id) as measures,"
                        + " ep.updated_at" + from + where + " order by ep.updated_at desc, ep.id desc"
                        + " limit :size offset :offset")
                .params(params)
                .param("size", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new ListRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        PlanStatus.valueOf(rs.getString(4)),
                        (Integer) rs.getObject(5, Integer.class),
                        rs.getInt(6),
                        EnterprisePlanStore.instant(rs.getTimestamp(7))))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }
}
