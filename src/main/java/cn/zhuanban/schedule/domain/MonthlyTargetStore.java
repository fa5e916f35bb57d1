package cn.zhuanban.schedule.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Monthly targets as set on the targets page: the rows to finish in a month and its planned investment. */
@Repository
public class MonthlyTargetStore {

    /** A stored target; {@code keys} in the order given. */
    public record Stored(YearMonth month, List<String> keys, BigDecimal plannedInvestment, String note) {}

    private final JdbcClient jdbc;

    MonthlyTargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Stored> of(long projectId) {
        return jdbc.sql("""
                        select target_month, task_keys, planned_investment, note
                        from plan_monthly_target where project_id = :project order by target_month""")
                .param("project", projectId)
                .query((rs, n) -> new Stored(
                        YearMonth.parse(rs.getString(1)), keys(rs.getString(2)), rs.getBigDecimal(3), rs.getString(4)))
                .list();
    }

    /** The stored targets of many projects in one query (a page of the wall chart), by project id. */
    public java.util.Map<Long, List<Stored>> of(java.util.Collection<Long> projectIds) {
        java.util.Map<Long, List<Stored>> byProject = new java.util.HashMap<>();
        if (projectIds.isEmpty()) {
            return byProject;
        }
        jdbc.sql("""
                        select project_id, target_month, task_keys, planned_investment, note
                        from plan_monthly_target where project_id in (:projects) order by project_id, target_month""").param("projects", projectIds).query(rs -> {
            byProject
                    .computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
                    .add(new Stored(
                            YearMonth.parse(rs.getString(2)),
                            keys(rs.getString(3)),
                            rs.getBigDecimal(4),
                            rs.getString(5)));
        });
        return byProject;
    }

    public void save(long projectId, Stored target, Instant now) {
        int updated = jdbc.sql("""
                        update plan_monthly_target
                        set task_keys = :keys, planned_investment = :investment, note = :note, updated_at = :at
                        where project_id = :project and target_month = :month""").params(params(projectId, target, now)).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into plan_monthly_target (project_id, target_month, task_keys, planned_investment,
                                                             note, updated_at)
                            values (:project, :month, :keys, :investment, :note, :at)""").params(params(projectId, target, now)).update();
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
        return params;
    }

    private static List<String> keys(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).toList();
    }
}
