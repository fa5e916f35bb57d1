package cn.zhuanban.schedule.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly targets as set on the targets page (the rows to finish in a month and its planned investment), and the
 * plan's proposals fixed when their month began.
 */
@Repository
public class MonthlyTargetStore {

    /**
     * A stored target; {@code keys} in the order given.
     *
     * @param proposed the plan's proposal, fixed when the month began, rather than a target someone typed
     */
    public record Stored(
            YearMonth month, List<String> keys, BigDecimal plannedInvestment, String note, boolean proposed) {

        /** A target typed on the targets page. */
        public Stored(YearMonth month, List<String> keys, BigDecimal plannedInvestment, String note) {
            this(month, keys, plannedInvestment, note, false);
        }
    }

    private final JdbcClient jdbc;
    /** A savepoint for fixing a proposal: a duplicate key then rolls back only the insert, not the caller's work. */
    private final TransactionTemplate savepoint;

    MonthlyTargetStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public List<Stored> of(long projectId) {
        return jdbc.sql("""
                        select target_month, task_keys, planned_investment, note, proposed
                        from plan_monthly_target where project_id = :project order by target_month""")
                .param("project", projectId)
                .query((rs, n) -> new Stored(
                        YearMonth.parse(rs.getString(1)),
                        keys(rs.getString(2)),
                        rs.getBigDecimal(3),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    /** The stored targets of many projects in one query (a page of the wall chart), by project id. */
    public java.util.Map<Long, List<Stored>> of(java.util.Collection<Long> projectIds) {
        java.util.Map<Long, List<Stored>> byProject = new java.util.HashMap<>();
        if (projectIds.isEmpty()) {
            return byProject;
        }
        jdbc.sql("""
                        select project_id, target_month, task_keys, planned_investment, note, proposed
                        from plan_monthly_target where project_id in (:projects) order by project_id, target_month""").param("projects", projectIds).query(rs -> {
            byProject
                    .computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
                    .add(new Stored(
                            YearMonth.parse(rs.getString(2)),
                            keys(rs.getString(3)),
                            rs.getBigDecimal(4),
                            rs.getString(5),
                            rs.getBoolean(6)));
        });
        return byProject;
    }

    public void save(long projectId, Stored target, Instant now) {
        int updated = jdbc.sql("""
                        update plan_monthly_target
                        set task_keys = :keys, planned_investment = :investment, note = :note, updated_at = :at,
                            proposed = :proposed
                        where project_id = :project and target_month = :month""").params(params(projectId, target, now)).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into plan_monthly_target (project_id, target_month, task_keys, planned_investment,
                                                             note, updated_at, proposed)
                            values (:project, :month, :keys, :investment, :note, :at, :proposed)""").params(params(projectId, target, now)).update();
        }
    }

    /**
     * Fixes the plan's proposal for a month that has none stored; a month already stored (typed by someone, or fixed
     * by another node a moment ago) is left as it is. Returns whether this call stored it.
     */
    public boolean fix(long projectId, YearMonth month, List<String> keys, Instant now) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql("""
                            insert into plan_monthly_target (project_id, target_month, task_keys, updated_at, proposed)
                            values (:project, :month, :keys, :at, true)""")
                    .param("project", projectId)
                    .param("month", month.toString())
                    .param("keys", String.join(",", keys))
                    .param("at", Timestamp.from(now))
                    .update());
            return true;
        } catch (DuplicateKeyException fixedMeanwhile) {
            return false;
        }
    }

    private static java.util.Map<String, Object> params(long projectId, Stored target, Instant now) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("project", projectId);
        params.put("month", target.month().toString());
        params.put("keys", String.join(",", target.keys()));
        params.put("investment", target.plannedInvestment());
        params.put("note", target.note());
        params.put("at", Timestamp.from(now));
        params.put("proposed", target.proposed());
        return params;
    }

    private static List<String> keys(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).toList();
    }
}
