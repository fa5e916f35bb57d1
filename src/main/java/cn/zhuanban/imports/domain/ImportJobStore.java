package cn.zhuanban.imports.domain;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.files.RowProblem;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code import_job} rows of every kind and their rows with problems. A node claims the oldest queued job by a
 * conditional update, so two nodes never run the same job, and ends only a job it still holds ({@code claimed_by}):
 * a node that was wrongly taken for dead cannot finish a job that another node took over.
 */
@Component
public class ImportJobStore {

    /** A claimed job with what is needed to run it: the kind, the file and the requester, scope and address. */
    public record Claimed(
            long id,
            String kind,
            String fileName,
            String storageKey,
            int rowsTotal,
            CurrentUser requester,
            String address) {}

    /** A job RUNNING since before the stale limit: queued again, or given up after too many attempts. */
    public record Stale(long id, int attempts, String storageKey) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ImportJobStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public long queue(
            String kind, CurrentUser user, String address, String fileName, String storageKey, int rows, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into import_job (kind, requested_by, requester, requested_from, file_name, storage_key,
                                                status, rows_total, created_at)
                        values (:kind, :by, :requester, :address, :name, :key, 'QUEUED', :rows, :now)""")
                .param("kind", kind)
                .param("by", user.id())
                .param("requester", user.toText())
                .param("address", address)
                .param("name", fileName)
                .param("key", storageKey)
                .param("rows", rows)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Takes the oldest queued job for this node; empty when none is queued or another node took it first. */
    public Optional<Claimed> claim(String node, Instant now) {
        Optional<Long> next = next();
        if (next.isEmpty() || !take(next.get(), node, now)) {
            return Optional.empty();
        }
        return jdbc.sql("select id, kind, file_name, storage_key, rows_total, requester, requested_from"
                        + " from import_job where id = :id")
                .param("id", next.get())
                .query((rs, n) -> new Claimed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        CurrentUser.fromText(rs.getString(6)),
                        rs.getString(7)))
                .optional();
    }

    Optional<Long> next() {
        return jdbc.sql("select id from import_job where status = 'QUEUED' order by id limit 1")
                .query(Long.class)
                .optional();
    }

    /** The conditional update that decides which node runs a job: only one finds it still QUEUED. */
    boolean take(long id, String node, Instant now) {
        return jdbc.sql("update import_job set status = 'RUNNING', claimed_by = :node, claimed_at = :now,"
                                + " attempts = attempts + 1, rows_done = 0 where id = :id and status = 'QUEUED'")
                        .param("node", node)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    /**
     * Rows done so far, committed at once in a transaction of its own: the import's transaction stays open to the
     * end, and a write inside it would be seen by nobody until then. The import's transaction touches this row only
     * after the last rows are through ({@link #done}), so this short transaction never waits for a lock it holds
     * (on H2 that wait, on the same thread, would end in a lock timeout).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(long id, String node, int rowsDone) {
        jdbc.sql("update import_job set rows_done = :done where id = :id and status = 'RUNNING' and claimed_by = :node")
                .param("done", rowsDone)
                .param("id", id)
                .param("node", node)
                .update();
    }

    /**
     * Ends a job this node holds as DONE with the rows worth a check, in the import's transaction; false when the job
     * is no longer this node's (then nothing must commit).
     */
    public boolean done(long id, String node, int imported, List<RowProblem> warnings, Instant now) {
        if (!end(id, node, "DONE", imported, null, now)) {
            return false;
        }
        insertProblems(id, List.of(), warnings);
        return true;
    }

    /** Ends a job this node holds as FAILED with its bad rows (and rows to check), in one transaction. */
    @Transactional
    public boolean failed(long id, String node, List<RowProblem> errors, List<RowProblem> warnings, Instant now) {
        if (!end(id, node, "FAILED", 0, null, now)) {
            return false;
        }
        insertProblems(id, errors, warnings);
        return true;
    }

    /** Ends a job this node holds as FAILED because the import itself broke; {@code errorKey} says so to the user. */
    public boolean broke(long id, String node, String errorKey, Instant now) {
        return end(id, node, "FAILED", null, errorKey, now);
    }

    private boolean end(long id, String node, String status, Integer imported, String errorKey, Instant now) {
        // A job that ran to the end went through every row; one that broke keeps the count it reached.
        return jdbc.sql("""
                                update import_job set status = :status, imported = :imported, error = :error,
                                       rows_done = case when :allRows then rows_total else rows_done end,
                                       storage_key = null, finished_at = :now
                                 where id = :id and status = 'RUNNING' and claimed_by = :node""")
                        .param("status", status)
                        .param("imported", imported, Types.INTEGER)
                        .param("error", errorKey, Types.VARCHAR)
                        .param("allRows", errorKey == null)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("node", node)
                        .update()
                == 1;
    }

    /** One batch of inserts: the bad rows first, in the order the import found them, then the rows to check. */
    private void insertProblems(long id, List<RowProblem> errors, List<RowProblem> warnings) {
        List<Object[]> rows = new ArrayList<>();
        for (RowProblem e : errors) {
            rows.add(row(id, rows.size(), e, false));
        }
        for (RowProblem w : warnings) {
            rows.add(row(id, rows.size(), w, true));
        }
        if (rows.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                "insert into import_job_problem (job_id, seq, row_no, column_name, message_key, args, warning)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                rows,
                new int[] {
                    Types.BIGINT,
                    Types.INTEGER,
                    Types.INTEGER,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.BOOLEAN
                });
    }

    private static Object[] row(long id, int seq, RowProblem p, boolean warning) {
        return new Object[] {id, seq, p.row(), p.column(), p.messageKey(), ProblemArgs.join(p.args()), warning};
    }

    /** Jobs RUNNING since before {@code staleBefore}: their node died (or hangs) while running them. */
    public List<Stale> stale(Instant staleBefore) {
        return jdbc.sql("select id, attempts, storage_key from import_job"
                        + " where status = 'RUNNING' and claimed_at < :before order by id")
                .param("before", Timestamp.from(staleBefore))
                .query((rs, n) -> new Stale(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .list();
    }

    /** Queues a stale job again; false when it moved on meanwhile. */
    public boolean requeue(long id, Instant staleBefore) {
        return jdbc.sql("update import_job set status = 'QUEUED', claimed_by = null, rows_done = 0"
                                + " where id = :id and status = 'RUNNING' and claimed_at < :before")
                        .param("id", id)
                        .param("before", Timestamp.from(staleBefore))
                        .update()
                == 1;
    }

    /** Gives a stale job up as FAILED with {@code errorKey}; false when it moved on meanwhile. */
    public boolean abandon(long id, Instant staleBefore, String errorKey, Instant now) {
        return jdbc.sql("update import_job set status = 'FAILED', error = :error, storage_key = null,"
                                + " finished_at = :now where id = :id and status = 'RUNNING' and claimed_at < :before")
                        .param("error", errorKey)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("before", Timestamp.from(staleBefore))
                        .update()
                == 1;
    }

    /** Removes finished jobs (and their rows with problems) that ended before {@code before}; returns how many. */
    public int purgeFinished(Instant before) {
        String finished = "select id from import_job where status in ('DONE', 'FAILED') and finished_at < :before";
        jdbc.sql("delete from import_job_problem where job_id in (" + finished + ")")
                .param("before", Timestamp.from(before))
                .update();
        return jdbc.sql("delete from import_job where id in (" + finished + ")")
                .param("before", Timestamp.from(before))
                .update();
    }
}
