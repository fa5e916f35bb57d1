package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectScope;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage goals (分阶段建设目标: milestones with a target date) across the projects a user sees, for the
 * cockpit and the generated reports: aggregate SQL over the stored plans, nothing loaded row by row.
 */
@Service
@Transactional(readOnly = true)
public class StageGoals {

    /** Goals whose target date has come: met on time, met late or still open past it; and goals still ahead. */
    public record Figures(long due, long onTime, long late, long ahead) {

        /** On time of due, or null when none is due yet. */
        public Double onTimeRate() {
            return due == 0 ? null : (double) onTime / due;
        }
    }

    /** Which goals a list shows: the slices of the cockpit's stage-goal chart, and all that are due. */
    public enum Status {
        ON_TIME("g.constraint_date <= :today and g.actual_finish is not null and g.actual_finish <= g.constraint_date"),
        LATE("g.constraint_date <= :today and (g.actual_finish is null or g.actual_finish > g.constraint_date)"),
        AHEAD("g.constraint_date > :today"),
        DUE("g.constraint_date <= :today"),
        /** Past the target date and not met yet: what a lead official chases (the red part of LATE). */
        MISSED("g.constraint_date < :today and g.actual_finish is null");

        private final String sql;

        Status(String sql) {
            this.sql = sql;
        }
    }

    /** One goal in a period's list. */
    public record Goal(long projectId, String projectName, String name, LocalDate target, LocalDate finished) {}

    private static final String FROM = " from plan_task g join project_plan pp on pp.id = g.project_plan"
            + " join project p on p.id = pp.project_id where g.kind = 'MILESTONE' and g.constraint_date is not null and (";

    private final JdbcClient jdbc;
    private final ProjectReads projects;

    StageGoals(JdbcClient jdbc, ProjectReads projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    public Figures figures(CurrentUser user, LocalDate today) {
        ProjectScope scope = projects.scope(user);
        return jdbc.sql("select " + count(Status.DUE) + ", " + count(Status.ON_TIME) + ", " + count(Status.LATE) + ", "
                        + count(Status.AHEAD) + FROM + scope.sql() + ")")
                .params(scope.params())
                .param("today", Date.valueOf(today))
                .query((rs, n) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    private static String count(Status status) {
        return "sum(case when " + status.sql + " then 1 else 0 end)";
    }

    /**
     * The goals of one status as the cockpit counts them (same conditions), paged, searchable by project or
     * goal name; by target date (the longest overdue first among late ones), then project.
     */
    public PageResult<Goal> list(CurrentUser user, Status status, String q, LocalDate today, PageQuery page) {
        ProjectScope scope = projects.scope(user);
        String search = LikeText.containing(q);
        String where = FROM + scope.sql() + ") and " + status.sql
                + " and (cast(:q as varchar) is null or lower(p.name) like :q escape '!' or lower(g.name) like :q escape '!')";
        long total = jdbc.sql("select count(*)" + where)
                .params(scope.params())
                .param("today", Date.valueOf(today))
                .param("q", search)
                .query(Long.class)
                .single();
        List<Goal> rows = jdbc.sql("select p.id, p.name, g.name, g.constraint_date, g.actual_finish" + where
                        + " order by g.constraint_date, p.name, g.row_index limit :limit offset :offset")
                .params(scope.params())
                .param("today", Date.valueOf(today))
                .param("q", search)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(StageGoals::goal)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    private static Goal goal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Goal(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class));
    }

    /** The goals with a target date in {@code [from, to]}, by date and project (at most {@code limit}). */
    public List<Goal> between(CurrentUser user, LocalDate from, LocalDate to, int limit) {
        ProjectScope scope = projects.scope(user);
        return jdbc.sql("select p.id, p.name, g.name, g.constraint_date, g.actual_finish" + FROM + scope.sql()
                        + ") and g.constraint_date between :from and :to"
                        + " order by g.constraint_date, p.name, g.row_index limit :limit")
                .params(scope.params())
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("limit", limit)
                .query(StageGoals::goal)
                .list();
    }
}
