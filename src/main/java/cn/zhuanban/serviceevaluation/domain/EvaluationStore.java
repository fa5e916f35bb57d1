package cn.zhuanban.serviceevaluation.domain;

import cn.zhuanban.serviceevaluation.ServiceRating;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads single ratings. A change must name the version it read: a second contact of the enterprise who
 * changed the month's rating meanwhile is not overwritten unseen.
 */
@Repository
public class EvaluationStore {

    static final String COLUMNS = "e.id, e.project_id, e.month_start, e.enterprise_id, e.task_force_id,"
            + " e.chief_service_officer_id, e.rating, e.responsiveness, e.problem_solving, e.attitude, e.comment,"
            + " e.rated_by, e.rated_at, e.revision, e.version";

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EvaluationRow> find(long projectId, YearMonth month) {
        return jdbc.sql("select " + COLUMNS + ", null, null from service_evaluation e"
                        + " where e.project_id = :project and e.month_start = :month")
                .param("project", projectId)
                .param("month", month.atDay(1))
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The month's first rating; a {@link org.springframework.dao.DuplicateKeyException} if another came first. */
    public long insert(EvaluationRow r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into service_evaluation (project_id, month_start, enterprise_id, task_force_id,
                            chief_service_officer_id, rating, responsiveness, problem_solving, attitude, comment,
                            rated_by, rated_at, revision, version)
                        values (:project, :month, :enterprise, :taskForce, :cso, :rating, :responsiveness,
                            :problemSolving, :attitude, :comment, :ratedBy, :ratedAt, 1, 0)""").params(params(r)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** The month's rating replaced, if it is still at {@code r.version()}. */
    public void update(EvaluationRow r) {
        int changed = jdbc.sql("""
                        update service_evaluation set task_force_id = :taskForce, chief_service_officer_id = :cso,
                            rating = :rating, responsiveness = :responsiveness, problem_solving = :problemSolving,
                            attitude = :attitude, comment = :comment, rated_by = :ratedBy, rated_at = :ratedAt,
                            revision = revision + 1, version = version + 1
                        where id = :id and version = :version""")
                .params(params(r))
                .param("id", r.id())
                .param("version", r.version())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("service_evaluation " + r.id() + " changed meanwhile");
        }
    }

    private static Map<String, Object> params(EvaluationRow r) {
        Map<String, Object> p = new HashMap<>();
        p.put("project", r.projectId());
        p.put("month", r.month().atDay(1));
        p.put("enterprise", r.enterpriseId());
        p.put("taskForce", r.taskForceId());
        p.put("cso", r.chiefServiceOfficerId());
        p.put("rating", r.rating().name());
        p.put("responsiveness", name(r.responsiveness()));
        p.put("problemSolving", name(r.problemSolving()));
        p.put("attitude", name(r.attitude()));
        p.put("comment", r.comment());
        p.put("ratedBy", r.ratedBy());
        p.put("ratedAt", Timestamp.from(r.ratedAt()));
        return p;
    }

    private static String name(ServiceRating rating) {
        return rating == null ? null : rating.name();
    }

    /** A row of {@link #COLUMNS} followed by the project's and the task force's names. */
    static EvaluationRow row(ResultSet rs) throws SQLException {
        return new EvaluationRow(
                rs.getLong(1),
                rs.getLong(2),
                YearMonth.from(rs.getObject(3, LocalDate.class)),
                rs.getLong(4),
                rs.getLong(5),
                rs.getObject(6, Long.class),
                ServiceRating.valueOf(rs.getString(7)),
                rating(rs.getString(8)),
                rating(rs.getString(9)),
                rating(rs.getString(10)),
                rs.getString(11),
                rs.getLong(12),
                instant(rs.getTimestamp(13)),
                rs.getInt(14),
                rs.getInt(15),
                rs.getString(16),
                rs.getString(17));
    }

    private static ServiceRating rating(String name) {
        return name == null ? null : ServiceRating.valueOf(name);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
