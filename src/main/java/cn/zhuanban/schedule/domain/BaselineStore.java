package cn.zhuanban.schedule.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Saved baselines of plans: named, dated, never changed afterwards. */
@Repository
public class BaselineStore {

    /** A baseline's heading. */
    public record Baseline(long id, String name, Instant savedAt, long savedBy) {}

    /** A row's planned dates when the baseline was saved. */
    public record BaselineTask(String taskKey, LocalDate start, LocalDate finish, int duration) {}

    private final JdbcClient jdbc;

    BaselineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long save(long projectId, String name, long savedBy, Instant now, List<BaselineTask> tasks) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into plan_baseline (project_id, name, saved_at, saved_by) values (:p, :name, :at, :by)")
                .param("p", projectId)
                .param("name", name)
                .param("at", Timestamp.from(now))
                .param("by", savedBy)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (BaselineTask t : tasks) {
            jdbc.sql("""
                            insert into plan_baseline_task (baseline_id, task_key, start_date, finish_date, duration)
                            values (:id, :key, :start, :finish, :duration)""")
                    .param("id", id)
                    .param("key", t.taskKey())
                    .param("start", t.start())
                    .param("finish", t.finish())
                    .param("duration", t.duration())
                    .update();
        }
        return id;
    }

    public List<Baseline> of(long projectId) {
        return jdbc.sql("""
                        select id, name, saved_at, saved_by from plan_baseline
                        where project_id = :p order by saved_at desc, id desc""")
                .param("p", projectId)
                .query((rs, n) -> new Baseline(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getLong(4)))
                .list();
    }

    public Optional<Baseline> find(long projectId, long baselineId) {
        return of(projectId).stream().filter(b -> b.id() == baselineId).findFirst();
    }

    public List<BaselineTask> tasks(long baselineId) {
        return jdbc.sql("""
                        select task_key, start_date, finish_date, duration from plan_baseline_task
                        where baseline_id = :id""")
                .param("id", baselineId)
                .query((rs, n) -> new BaselineTask(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4)))
                .list();
    }
}
