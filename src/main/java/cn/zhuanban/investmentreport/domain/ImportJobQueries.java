package cn.zhuanban.investmentreport.domain;

import cn.zhuanban.investmentreport.ImportJob;
import cn.zhuanban.investmentreport.ImportResult.RowError;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads import jobs for their requester's page: only the requester's own jobs are ever found. */
@Component
public class ImportJobQueries {

    private static final String SELECT = """
            select j.id, j.file_name, j.status, j.rows_total, j.rows_done, j.imported, j.error, j.created_at,
                   j.finished_at, (select count(*) from investment_import_job_error e where e.job_id = j.id) problems
              from investment_import_job j""";

    private final JdbcClient jdbc;

    ImportJobQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's own jobs, newest first. */
    public PageResult<ImportJob> of(long userId, PageQuery page) {
        long total = jdbc.sql("select count(*) from investment_import_job where requested_by = :by")
                .param("by", userId)
                .query(Long.class)
                .single();
        List<ImportJob> jobs = jdbc.sql(
                        SELECT + " where j.requested_by = :by order by j.id desc limit :size offset :offset")
                .param("by", userId)
                .param("size", page.size())
                .param("offset", page.offset())
                .query(ImportJobQueries::job)
                .list();
        return new PageResult<>(jobs, page.page(), page.size(), total);
    }

    /** One of the user's own jobs; empty for someone else's. */
    public Optional<ImportJob> find(long id, long userId) {
        return jdbc.sql(SELECT + " where j.id = :id and j.requested_by = :by")
                .param("id", id)
                .param("by", userId)
                .query(ImportJobQueries::job)
                .optional();
    }

    /** The bad rows of a failed job, in the order the import found them. */
    public List<RowError> errors(long jobId) {
        return jdbc.sql("select row_no, column_name, message_key, args from investment_import_job_error"
                        + " where job_id = :id order by seq")
                .param("id", jobId)
                .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3), args(rs.getString(4))))
                .list();
    }

    private static ImportJob job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(
                rs.getLong("id"),
                rs.getString("file_name"),
                rs.getString("status"),
                rs.getInt("rows_total"),
                rs.getInt("rows_done"),
                (Integer) rs.getObject("imported", Integer.class),
                rs.getString("error"),
                rs.getInt("problems"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    /** The arguments as stored (texts: names, months and amounts, shown as they were given). */
    private static List<Object> args(String joined) {
        return joined == null
                ? List.of()
                : List.copyOf(Arrays.asList((Object[]) joined.split(ImportJobStore.ARG_SEP, -1)));
    }
}
