package cn.zhuanban.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prepared rows for the cockpit and report tests: tickets in chosen states and deadlines, stage goals
 * with target and actual dates, talent demands and a hire, written straight to the tables (the figures
 * read them back through the modules' query APIs). Dates are relative to 2026-03-18.
 */
@Component
public class WorkRows {

    private final JdbcClient jdbc;

    WorkRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long department(int index) {
        return jdbc.sql("select id from department order by id limit 1 offset :i")
                .param("i", index)
                .query(Long.class)
                .single();
    }

    public String departmentName(long id) {
        return jdbc.sql("select name from department where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /**
     * Tickets: open 4 (overdue 3: two in d1, one in d2), closed 3 (solved 2, rated 2, satisfied 1), one
     * rejected. Goals on project a: on time 1, late 2 (one met late, one open past its date), ahead 1
     * (2026-03-25). Talent: 3 + 2 wanted on the projects (1 hired), 5 on the enterprise without a project.
     */
    public void prepare(long a, long b, long enterprise, long d1, long d2) {
        ticket(a, "IN_PROGRESS", d1, "2026-03-10", null, null, null);
        ticket(a, "ASSIGNED", d1, "2026-03-30", "2026-03-17", null, null);
        ticket(b, "IN_PROGRESS", d2, "2026-03-01", null, null, null);
        ticket(b, "IN_PROGRESS", d2, "2026-03-20", null, null, null);
        ticket(a, "CLOSED", d2, "2026-03-01", null, "SOLVED", "SATISFIED");
        ticket(a, "CLOSED", d2, "2026-03-01", null, "SOLVED", "DISSATISFIED");
        ticket(b, "CLOSED", d2, "2026-03-01", null, "NOT_SOLVABLE", null);
        ticket(b, "REJECTED", null, null, null, null, null);
        long plan = plan(a);
        goal(plan, 1, "M1", "MILESTONE", "2026-02-01", "2026-01-30");
        goal(plan, 2, "M2", "MILESTONE", "2026-03-01", "2026-03-05");
        goal(plan, 3, "M3", "MILESTONE", "2026-03-10", null);
        goal(plan, 4, "M4", "MILESTONE", "2026-03-25", null);
        goal(plan, 5, "T1", "TASK", "2026-03-01", null);
        long first = demand(enterprise, a, 3);
        demand(enterprise, b, 2);
        demand(enterprise, null, 5);
        hire(first);
    }

    /** A ticket; closed ones count as closed on time, for the ranking's on-time rate. */
    private void ticket(
            long project, String state, Long dept, String resolveBy, String signBy, String outcome, String rating) {
        Timestamp now = Timestamp.from(Instant.parse("2026-03-01T02:00:00Z"));
        jdbc.sql("""
                        insert into ticket (project_id, category, severity, title, description, reporter_id, state,
                                            department_id, resolve_by, sign_by, outcome, rating, resolved_on_time,
                                            reported_month, created_at, updated_at)
                        values (:p, 'POWER', 'NORMAL', '驾驶舱测试工单', '测试', -1, :state, :dept, :resolveBy, :signBy,
                                :outcome, :rating, :onTime, '2026-03', :now, :now)""")
                .param("p", project)
                .param("state", state)
                .param("dept", dept)
                .param("resolveBy", date(resolveBy))
                .param("signBy", date(signBy))
                .param("outcome", outcome)
                .param("rating", rating)
                .param("onTime", "CLOSED".equals(state) ? Boolean.TRUE : null)
                .param("now", now)
                .update();
    }

    private long plan(long project) {
        jdbc.sql("insert into project_plan (project_id, start_date) values (:p, :s)")
                .param("p", project)
                .param("s", Date.valueOf(LocalDate.of(2026, 1, 5)))
                .update();
        return jdbc.sql("select id from project_plan where project_id = :p")
                .param("p", project)
                .query(Long.class)
                .single();
    }

    private void goal(long plan, int row, String key, String kind, String target, String actual) {
        jdbc.sql("""
                        insert into plan_task (project_plan, row_index, task_key, name, kind, duration, constraint_type,
                                               constraint_date, actual_start, actual_finish, percent_complete)
                        values (:plan, :row, :key, :name, :kind, 0, 'FNLT', :target, :actual, :actual, :percent)""")
                .param("plan", plan)
                .param("row", row)
                .param("key", key)
                .param("name", "目标" + key)
                .param("kind", kind)
                .param("target", date(target))
                .param("actual", date(actual))
                .param("percent", actual == null ? 0 : 100)
                .update();
    }

    private long demand(long enterprise, Long project, int headcount) {
        Timestamp now = Timestamp.from(Instant.parse("2026-03-01T02:00:00Z"));
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into talent_demand (enterprise_id, project_id, position, headcount, education, discipline,
                                                   urgency, status, created_at, updated_at)
                        values (:e, :p, '工艺工程师', :n, 'BACHELOR', '制药工程', 'NORMAL', 'OPEN', :now, :now)""")
                .param("e", enterprise)
                .param("p", project)
                .param("n", headcount)
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void hire(long demand) {
        Timestamp now = Timestamp.from(Instant.parse("2026-03-01T02:00:00Z"));
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into talent_candidate (name, source, created_at, updated_at)"
                        + " values ('测试候选人', 'CAMPUS', :now, :now)")
                .param("now", now)
                .update(keys, "id");
        jdbc.sql("insert into talent_match (demand_id, candidate_id, status, score, updated_at)"
                        + " values (:d, :c, 'HIRED', 90, :now)")
                .param("d", demand)
                .param("c", keys.getKey().longValue())
                .param("now", now)
                .update();
    }

    private static Date date(String iso) {
        return iso == null ? null : Date.valueOf(LocalDate.parse(iso));
    }
}
