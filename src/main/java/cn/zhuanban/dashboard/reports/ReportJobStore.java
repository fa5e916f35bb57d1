package cn.zhuanban.dashboard.reports;

import cn.zhuanban.identity.CurrentUser;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code report_job} rows. A node claims the oldest queued job by a conditional update, so two
 * nodes never run the same job; a job left RUNNING by a node that died is queued again after a while.
 * The requester's scope is stored with the job ({@link CurrentUser#toText}), so the report shows exactly
 * what the requester could see when asking.
 */
@Component
class ReportJobStore {

    /** A claimed job with what is needed to run it. */
    record Claimed(
            long id, ReportKind kind, ReportFormat format, LocalDate asOf, Locale locale, CurrentUser requester) {}

    private final JdbcClient jdbc;

    ReportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long queue(ReportKind kind, ReportFormat format, LocalDate asOf, Locale locale, CurrentUser user, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into report_job (kind, format, as_of, locale, requested_by, requester, status, progress,
                                                created_at)
                        values (:kind, :format, :asOf, :locale, :by, :requester, 'QUEUED', 0, :now)""")
                .param("kind", kind.name())
                .param("format", format.name())
                .param("asOf", Date.valueOf(asOf))
                .param("locale", locale.toLanguageTag())
                .param("by", user.id())
                .param("requester", user.toText())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Takes the oldest queued job for this node; empty when none is queued or another node took it first. */
    Optional<Claimed> claim(String node, Instant now) {
        Optional<Long> next = jdbc.sql("select id from report_job where status = 'QUEUED' order by id limit 1")
                .query(Long.class)
                .optional();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        int taken = jdbc.sql("update report_job set status = 'RUNNING', claimed_by = :node, claimed_at = :now,"
                        + " progress = 1 where id = :id and status = 'QUEUED'")
                .param("node", node)
                .param("now", Timestamp.from(now))
                .param("id", next.get())
                .update();
        if (taken != 1) {
            return Optional.empty();
        }
        return jdbc.sql("select id, kind, format, as_of, locale, requester from report_job where id = :id")
                .param("id", next.get())
                .query((rs, n) -> new Claimed(
                        rs.getLong(1),
                        ReportKind.valueOf(rs.getString(2)),
                        ReportFormat.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        Locale.forLanguageTag(rs.getString(5)),
                        CurrentUser.fromText(rs.getString(6))))
                .optional();
    }

    /** Jobs RUNNING since before {@code staleBefore} (their node died) go back to the queue. */
    int requeueStale(Instant staleBefore) {
        return jdbc.sql("update report_job set status = 'QUEUED', claimed_by = null, progress = 0"
                        + " where status = 'RUNNING' and claimed_at < :before")
                .param("before", Timestamp.from(staleBefore))
                .update();
    }

    void progress(long id, int percent) {
        jdbc.sql("update report_job set progress = :p where id = :id and status = 'RUNNING'")
                .param("p", percent)
                .param("id", id)
                .update();
    }

    void done(long id, String storageKey, String fileName, long size, Instant now) {
        jdbc.sql("update report_job set status = 'DONE', progress = 100, storage_key = :key, file_name = :name,"
                        + " size_bytes = :size, finished_at = :now where id = :id")
                .param("key", storageKey)
                .param("name", fileName)
                .param("size", size)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    void failed(long id, String error, Instant now) {
        jdbc.sql("update report_job set status = 'FAILED', error = :error, finished_at = :now where id = :id")
                .param("error", error == null ? "" : error.substring(0, Math.min(500, error.length())))
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** Finished or failed jobs older than {@code before}, oldest first, with their storage keys. */
    List<Expired> expired(Instant before, int limit) {
        return jdbc.sql("select id, storage_key from report_job where status in ('DONE', 'FAILED')"
                        + " and finished_at < :before order by id limit :limit")
                .param("before", Timestamp.from(before))
                .param("limit", limit)
                .query((rs, n) -> new Expired(rs.getLong(1), rs.getString(2)))
                .list();
    }

    void delete(long id) {
        jdbc.sql("delete from report_job where id = :id").param("id", id).update();
    }

    record Expired(long id, String storageKey) {}

    /** The user's own jobs, newest first. */
    List<ReportJob> of(long userId, int limit) {
        return jdbc.sql(SELECT + " from report_job where requested_by = :by order by id desc limit :limit")
                .param("by", userId)
                .param("limit", limit)
                .query(ReportJobStore::job)
                .list();
    }

    /** One of the user's own jobs with its storage key; empty for someone else's. */
    Optional<Stored> find(long id, long userId) {
        return jdbc.sql(SELECT + ", storage_key from report_job where id = :id and requested_by = :by")
                .param("id", id)
                .param("by", userId)
                .query((rs, n) -> new Stored(job(rs, n), rs.getString("storage_key")))
                .optional();
    }

    record Stored(ReportJob job, String storageKey) {}

    private static final String SELECT = "select id, kind, format, as_of, status, progress, file_name, size_bytes,"
            + " error, created_at, finished_at";

    private static ReportJob job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ReportJob(
                rs.getLong("id"),
                ReportKind.valueOf(rs.getString("kind")),
                ReportFormat.valueOf(rs.getString("format")),
                rs.getObject("as_of", LocalDate.class),
                rs.getString("status"),
                rs.getInt("progress"),
                rs.getString("file_name"),
                (Long) rs.getObject("size_bytes", Long.class),
                rs.getString("error"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
