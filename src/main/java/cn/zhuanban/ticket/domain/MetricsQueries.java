package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.MetricsDimension;
import cn.zhuanban.ticket.MetricsRow;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The metrics in one aggregate query per dimension, within the user's data scope. */
@Component
public class MetricsQueries {

    private static final String SELECT = """
            select %s as k, max(%s) as label, count(*) as total,
                   sum(case when t.state = 'CLOSED' then 1 else 0 end) as closed,
                   sum(case when t.state = 'CLOSED' and t.resolved_on_time = true then 1 else 0 end) as on_time,
                   sum(case when t.state = 'CLOSED' and t.outcome = 'SOLVED' then 1 else 0 end) as solved,
                   sum(case when t.state = 'CLOSED' and t.rating is not null then 1 else 0 end) as rated,
                   sum(case when t.state = 'CLOSED' and t.rating in ('SATISFIED', 'BASICALLY_SATISFIED')
                            then 1 else 0 end) as satisfied,
                   sum(case when t.state = 'CLOSED' and t.reopen_count > 0 then 1 else 0 end) as reopened,
                   sum(case when t.department_id is not null then 1 else 0 end) as assigned,
                   sum(case when t.return_count > 0 then 1 else 0 end) as returned,
                   avg(cast(t.resolve_working_days as double precision)) as avg_days
            from ticket t join project p on p.id = t.project_id
            where (%s) and %s is not null
            group by %s order by %s""";

    private final JdbcClient jdbc;

    MetricsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MetricsRow> by(MetricsDimension dimension, TicketScope scope) {
        String key = switch (dimension) {
            case DEPARTMENT -> "cast(t.department_id as varchar(20))";
            case PROJECT -> "cast(t.project_id as varchar(20))";
            case CATEGORY -> "t.category";
            case MONTH -> "t.reported_month";
        };
        String label = dimension == MetricsDimension.PROJECT ? "p.name" : "''";
        return jdbc.sql(SELECT.formatted(key, label, scope.sql(), key, key, key))
                .params(scope.params())
                .query((rs, n) -> new MetricsRow(
                        rs.getString("k"),
                        rs.getString("label"),
                        rs.getLong("total"),
                        rs.getLong("closed"),
                        rs.getLong("on_time"),
                        rs.getLong("solved"),
                        rs.getLong("rated"),
                        rs.getLong("satisfied"),
                        rs.getLong("reopened"),
                        rs.getLong("assigned"),
                        rs.getLong("returned"),
                        (Double) rs.getObject("avg_days", Double.class)))
                .list();
    }
}
