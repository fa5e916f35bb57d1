package cn.zhuanban.serviceevaluation.domain;

import cn.zhuanban.project.ProjectScope;
import cn.zhuanban.serviceevaluation.EvaluationFilter;
import cn.zhuanban.serviceevaluation.ServiceRating;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger and the rates, filtered, scoped and paged in SQL: the user's project scope is the project module's
 * condition on {@code project p}, joined by the rating's project; the month range uses the month index.
 */
@Repository
public class EvaluationQuery {

    private static final String FROM = " from service_evaluation e join project p on p.id = e.project_id"
            + " left join task_force tf on tf.id = e.task_force_id";

    /** Counts per task force: satisfied, basically satisfied, dissatisfied. */
    private static final String COUNTS = "e.task_force_id,"
            + " sum(case when e.rating = 'SATISFIED' then 1 else 0 end),"
            + " sum(case when e.rating = 'BASICALLY_SATISFIED' then 1 else 0 end),"
            + " sum(case when e.rating = 'DISSATISFIED' then 1 else 0 end)";

    private final JdbcClient jdbc;

    EvaluationQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code filter} with its month range filled in. */
    public PageResult<EvaluationRow> page(ProjectScope scope, EvaluationFilter filter, PageQuery page) {
        Where where = where(scope, filter, true);
        long total = jdbc.sql("select count(*)" + FROM + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<EvaluationRow> rows = jdbc.sql("select " + EvaluationStore.COLUMNS + ", p.name, tf.name" + FROM
                        + where.sql() + " order by e.month_start desc, e.id desc limit :size offset :offset")
                .params(where.params())
                .param("size", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> EvaluationStore.row(rs))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /**
     * The counts per task force within the scope and the filter (its rating aside: a rate counts every rating), the
     * least satisfied first, at most {@code limit} task forces.
     */
    public List<RateRow> rates(ProjectScope scope, EvaluationFilter filter, int limit) {
        Where where = where(scope, filter, false);
        return jdbc.sql("select " + COUNTS + ", max(tf.name)" + FROM + where.sql() + " group by e.task_force_id"
                        + " order by 1.0 * sum(case when e.rating = 'DISSATISFIED' then 0 else 1 end) / count(*),"
                        + " count(*) desc, e.task_force_id limit :limit")
                .params(where.params())
                .param("limit", limit)
                .query((rs, n) ->
                        new RateRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)))
                .list();
    }

    /** The counts of every rating within the scope and the filter (its rating aside), as task force 0. */
    public RateRow total(ProjectScope scope, EvaluationFilter filter) {
        Where where = where(scope, filter, false);
        return jdbc.sql("select 0," + COUNTS.substring(COUNTS.indexOf(',') + 1) + FROM + where.sql())
                .params(where.params())
                .query((rs, n) -> new RateRow(0, rs.getLong(2), rs.getLong(3), rs.getLong(4), null))
                .single();
    }

    /** One task force's counts over a month range, whoever looks (the caller checked he sees the task force). */
    public RateRow rateOf(long taskForceId, YearMonth from, YearMonth to) {
        return jdbc.sql("select " + COUNTS + " from service_evaluation e where e.task_force_id = :taskForce"
                        + " and e.month_start between :from and :to group by e.task_force_id")
                .param("taskForce", taskForceId)
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .query((rs, n) -> new RateRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), null))
                .optional()
                .orElse(new RateRow(taskForceId, 0, 0, 0, null));
    }

    /** A project's latest ratings, newest month first. */
    public List<EvaluationRow> latest(long projectId, int limit) {
        return jdbc.sql("select " + EvaluationStore.COLUMNS + ", p.name, tf.name" + FROM
                        + " where e.project_id = :project order by e.month_start desc limit :limit")
                .param("project", projectId)
                .param("limit", limit)
                .query((rs, n) -> EvaluationStore.row(rs))
                .list();
    }

    /** The month's rating of each of {@code projectIds} that has one. */
    public Map<Long, ServiceRating> ofMonth(Collection<Long> projectIds, YearMonth month) {
        Map<Long, ServiceRating> ratings = new HashMap<>();
        if (projectIds.isEmpty()) {
            return ratings;
        }
        jdbc.sql("select project_id, rating from service_evaluation where month_start = :month"
                        + " and project_id in (:projects)")
                .param("month", month.atDay(1))
                .param("projects", projectIds)
                .query((rs, n) -> ratings.put(rs.getLong(1), ServiceRating.valueOf(rs.getString(2))))
                .list();
        return ratings;
    }

    private static Where where(ProjectScope scope, EvaluationFilter filter, boolean withRating) {
        StringBuilder sql = new StringBuilder(" where (" + scope.sql() + ")");
        Map<String, Object> params = new HashMap<>(scope.params());
        sql.append(" and e.month_start between :from and :to");
        params.put("from", filter.from().atDay(1));
        params.put("to", filter.to().atDay(1));
        if (filter.taskForceId() != null) {
            sql.append(" and e.task_force_id = :taskForce");
            params.put("taskForce", filter.taskForceId());
        }
        if (filter.projectId() != null) {
            sql.append(" and e.project_id = :project");
            params.put("project", filter.projectId());
        }
        String like = LikeText.containing(filter.q());
        if (like != null) {
            sql.append(" and (lower(p.name) like :like escape '!' or exists (select 1 from enterprise en"
                    + " where en.id = p.enterprise_id and lower(en.name) like :like escape '!'))");
            params.put("like", like);
        }
        if (withRating && filter.rating() != null) {
            sql.append(" and e.rating = :rating");
            params.put("rating", filter.rating().name());
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, Map<String, Object> params) {}

    /** A task force's counts; {@code taskForceName} when read for a list. */
    public record RateRow(
            long taskForceId, long satisfied, long basicallySatisfied, long dissatisfied, String taskForceName) {}
}
