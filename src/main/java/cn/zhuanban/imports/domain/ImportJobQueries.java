package cn.zhuanban.imports.domain;

import cn.zhuanban.imports.ImportJob;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.files.RowProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads import jobs of one kind for their requester's page: only the requester's own jobs are ever found. */
@Component
public class ImportJobQueries {

    private static final String SELECT = """
            select j.id, j.kind, j.file_name, j.status, j.rows_total, j.rows_done, j.imported, j.error, j.created_at,
                   j.finished_at,
                   (select count(*) from import_job_problem e where e.job_id = j.id and not e.warning) problems,
                   (select count(*) from import_job_problem e where e.job_id = j.id and e.warning) warnings
              from import_job j""";

    private final JdbcClient jdbc;

    ImportJobQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's own jobs of a kind, newest first. */
    public PageResult<ImportJob> of(String kind, long userId, PageQuery page) {
        long total = jdbc.sql("select count(*) from import_job where requested_by = :by and kind = :kind")
                .param("by", userId)
                .param("kind", kind)
                .query(Long.class)
                .single();
        List<ImportJob> jobs = jdbc.sql(SELECT + " where j.requested_by = :by and j.kind = :kind"
                        + " order by j.id desc limit :size offset :offset")
                .param("by", userId)
                .param("kind", kind)
                .param("size", page.size())
                .param("offset", page.offset())
                .query(ImportJobQueries::job)
                .list();
        return new PageResult<>(jobs, page.page(), page.size(), total);
    }

    /** One of the user's own jobs of a kind; empty for someone else's, or one of another kind. */
    public Optional<ImportJob> find(String kind, long id, long userId) {
        return jdbc.sql(SELECT + " where j.id = :id and j.requested_by = :by and j.kind = :kind")
                .param("id", id)
                .param("by", userId)
                .param("kind", kind)
                .query(ImportJobQueries::job)
                .optional();
    }

    /** The first {@code limit} bad rows (or rows to check) of a job, in the order the import found them. */
    public List<RowProblem> problems(long jobId, boolean warnings, int limit) {
        return jdbc.sql("select row_no, column_name, message_key, args from import_job_problem"
                        + " where job_id = :id and warning = :warning order by seq limit :limit")
                .param("id", jobId)
                .param("warning", warnings)
                .param("limit", limit)
                .query((rs, n) -> new RowProblem(
                        rs.getInt(1), rs.getString(2), rs.getString(3), ProblemArgs.split(rs.getString(4))))
                .list();
    }

    private static ImportJob job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("file_name"),
                rs.getString("status"),
                rs.getInt("rows_total"),
                rs.getInt("rows_done"),
                (Integer) rs.getObject("imported", Integer.class),
                rs.getString("error"),
                rs.getInt("problems"),
                rs.getInt("warnings"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
