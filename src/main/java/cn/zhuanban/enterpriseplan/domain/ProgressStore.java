package cn.zhuanban.enterpriseplan.domain;

import cn.zhuanban.enterpriseplan.MeasureProgress;
import cn.zhuanban.enterpriseplan.domain.PlanRows.ProgressRow;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The progress history of the measures of a plan, kept per measure (plan and measure key) rather than per version's
 * copy: the approved version and the draft that copies it show the same steps, whichever page recorded them.
 */
@Repository
public class ProgressStore {

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long planId, int key, MeasureProgress progress, long userId, Instant at) {
        jdbc.sql("""
                        insert into enterprise_plan_progress (plan_id, measure_key, progress, recorded_by, recorded_at)
                        values (:plan, :key, :progress, :user, :at)""")
                .param("plan", planId)
                .param("key", key)
                .param("progress", progress.name())
                .param("user", userId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The steps of every measure of the plan, oldest first, by measure key (one query for the whole page). */
    public Map<Integer, List<ProgressRow>> history(long planId) {
        return jdbc
                .sql("""
                        select measure_key, progress, recorded_by, recorded_at from enterprise_plan_progress
                        where plan_id = :plan order by recorded_at, id""")
                .param("plan", planId)
                .query((rs, n) -> new ProgressRow(
                        rs.getInt("measure_key"),
                        MeasureProgress.valueOf(rs.getString("progress")),
                        (Long) rs.getObject("recorded_by", Long.class),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list()
                .stream()
                .collect(Collectors.groupingBy(ProgressRow::key));
    }

    /** Drops the history of a measure no version has any more (one that only a draft had). */
    public void forget(long planId, int key) {
        jdbc.sql("delete from enterprise_plan_progress where plan_id = :plan and measure_key = :key")
                .param("plan", planId)
                .param("key", key)
                .update();
    }
}
