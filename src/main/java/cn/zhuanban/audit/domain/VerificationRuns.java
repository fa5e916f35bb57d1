package cn.zhuanban.audit.domain;

import cn.zhuanban.audit.ChainVerification;
import cn.zhuanban.audit.VerificationRun;
import cn.zhuanban.audit.VerificationRun.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Runs chain checks on a background thread and keeps their progress in the database, so that the
 * auditor's page can poll any app node. A run whose node stopped (no heartbeat for a while) reads
 * as failed instead of running forever.
 */
@Component
public class VerificationRuns {

    private static final Logger log = LoggerFactory.getLogger(VerificationRuns.class);
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final ChainVerifier verifier;
    private final TaskExecutor executor;
    private final Clock clock;

    VerificationRuns(
            JdbcClient jdbc,
            ChainVerifier verifier,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.executor = executor;
        this.clock = clock;
    }

    public long start(String username) {
        Timestamp now = Timestamp.from(clock.instant());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into audit_verification_run (started_by, started_at, status, total, heartbeat_at)
                        values (:by, :at, 'RUNNING', :total, :at)""")
                .param("by", username)
                .param("at", now)
                .param("total", verifier.head())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        executor.execute(() -> run(id));
        return id;
    }

    public Optional<VerificationRun> find(long id) {
        return jdbc.sql("select * from audit_verification_run where id = :id")
                .param("id", id)
                .query(this::row)
                .optional();
    }

    public Optional<VerificationRun> latest() {
        return jdbc.sql("select * from audit_verification_run order by id desc limit 1")
                .query(this::row)
                .optional();
    }

    private void run(long id) {
        try {
            ChainVerification result = verifier.verify(checked -> progress(id, checked));
            jdbc.sql("""
                            update audit_verification_run set status = :status, checked = :checked,
                                   first_broken_id = :broken, heartbeat_at = :now, finished_at = :now where id = :id""")
                    .param("status", (result.intact() ? Status.INTACT : Status.BROKEN).name())
                    .param("checked", result.recordsChecked())
                    .param("broken", result.firstBrokenId())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
        } catch (RuntimeException e) {
            log.error("Audit chain check {} failed", id, e);
            jdbc.sql("update audit_verification_run set status = 'FAILED', finished_at = :now where id = :id")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
        }
    }

    private void progress(long id, long checked) {
        jdbc.sql("update audit_verification_run set checked = :checked, heartbeat_at = :now where id = :id")
                .param("checked", checked)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    private VerificationRun row(ResultSet rs, int n) throws SQLException {
        Status status = Status.valueOf(rs.getString("status"));
        Instant heartbeat = rs.getTimestamp("heartbeat_at").toInstant();
        if (status == Status.RUNNING && heartbeat.plus(STALE_AFTER).isBefore(clock.instant())) {
            status = Status.FAILED;
        }
        Timestamp finished = rs.getTimestamp("finished_at");
        long broken = rs.getLong("first_broken_id");
        return new VerificationRun(
                rs.getLong("id"),
                rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(),
                status,
                rs.getLong("total"),
                rs.getLong("checked"),
                rs.wasNull() ? null : broken,
                finished == null ? null : finished.toInstant());
    }
}
