package cn.zhuanban.ticket.domain;

import cn.zhuanban.shared.ClockConfiguration;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.ticket.MetricsDimension;
import cn.zhuanban.ticket.MetricsRow;
import cn.zhuanban.ticket.TicketOverview;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The metrics in one aggregate query per dimension (by department, {@link #BY_DEPARTMENT}), within the user's data scope: the scope's tickets
 * come from {@link TicketScope#tickets()}, so a narrow scope reads only its own tickets by index.
 */
@Component
public class MetricsQueries {

    /**
     * By project, category or month, where a ticket never changes group: the return rate is the tickets returned at
     * least once of those assigned.
     */
    private static final String SELECT = """
            select %1$s as k, max(%2$s) as label, count(*) as total,
                   sum(case when t.state = 'CLOSED' then 1 else 0 end) as closed,
                   sum(case when t.state = 'CLOSED' and t.resolved_on_time = true then 1 else 0 end) as on_time,
                   sum(case when %5$s then 1 else 0 end) as solved,
                   sum(case when %6$s then 1 else 0 end) as closed_dissatisfied,
                   sum(case when t.state = 'CLOSED' and t.rating is not null then 1 else 0 end) as rated,
                   sum(case when t.state = 'CLOSED' and t.rating in ('SATISFIED', 'BASICALLY_SATISFIED')
                            then 1 else 0 end) as satisfied,
                   sum(case when t.state = 'CLOSED' and t.reopen_count > 0 then 1 else 0 end) as reopened,
                   sum(case when t.department_id is not null then 1 else 0 end) as assigned,
                   sum(case when t.return_count > 0 then 1 else 0 end) as returned,
                   avg(cast(t.resolve_working_days as double precision)) as avg_days
            from %3$s join project p on p.id = t.project_id
            where %1$s is not null%4$s
            group by %1$s""";

    /**
     * By department: the ticket's facts (closed, solved, on time, rated, working days) count for the department it has
     * now, the one that resolved it, since a ticket leaves a department only by a return before it is signed; the return
     * rate counts from the timeline (each assignment in the base of the department it went to, each return request for
     * the department that made it), so a ticket returned by one department and then by the next counts for both.
     * The two halves are grouped apart and summed per department: one query.
     */
    private static final String BY_DEPARTMENT = """
            select k, '' as label, sum(total) as total, sum(closed) as closed, sum(on_time) as on_time,
                   sum(solved) as solved, sum(closed_dissatisfied) as closed_dissatisfied, sum(rated) as rated,
                   sum(satisfied) as satisfied, sum(reopened) as reopened,
                   sum(assigned) as assigned, sum(returned) as returned,
                   sum(days) / nullif(sum(days_counted), 0) as avg_days
            from (select cast(t.department_id as varchar(20)) as k, count(*) as total,
                         sum(case when t.state = 'CLOSED' then 1 else 0 end) as closed,
                         sum(case when t.state = 'CLOSED' and t.resolved_on_time = true then 1 else 0 end) as on_time,
                         sum(case when %2$s then 1 else 0 end) as solved,
                         sum(case when %3$s then 1 else 0 end) as closed_dissatisfied,
                         sum(case when t.state = 'CLOSED' and t.rating is not null then 1 else 0 end) as rated,
                         sum(case when t.state = 'CLOSED' and t.rating in ('SATISFIED', 'BASICALLY_SATISFIED')
                                  then 1 else 0 end) as satisfied,
                         sum(case when t.state = 'CLOSED' and t.reopen_count > 0 then 1 else 0 end) as reopened,
                         0 as assigned, 0 as returned,
                         sum(cast(t.resolve_working_days as double precision)) as days,
                         count(t.resolve_working_days) as days_counted
                  from %1$s
                  where t.department_id is not null
                  group by t.department_id
                  union all
                  select cast(s.department_id as varchar(20)), 0, 0, 0, 0, 0, 0, 0, 0,
                         sum(case when s.action = 'ticket.return-requested' then 0 else 1 end),
                         sum(case when s.action = 'ticket.return-requested' then 1 else 0 end),
                         cast(null as double precision), 0
                  from %1$s join ticket_step s on s.ticket_id = t.id
                  where s.action in ('ticket.assigned', 'ticket.reassigned', 'ticket.return-requested')
                    and s.department_id is not null
                  group by s.department_id) g%4$s
            group by k""";

    /** The OVERDUE to-do list's condition (as in TicketQueries): past the resolve or sign deadline. */
    private static final String OVERDUE = "t.state in ('ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS')"
            + " and (t.resolve_by < :today or (t.state = 'ASSIGNED' and t.sign_by < :today))";

    private static final String OVERVIEW = "select sum(case when t.state not in ('CLOSED', 'MERGED', 'REJECTED') then 1"
            + " else 0 end),"
            + " sum(case when " + OVERDUE + " then 1 else 0 end),"
            + " sum(case when t.state = 'CLOSED' then 1 else 0 end),"
            + " sum(case when " + ClosedFacts.SOLVED + " then 1 else 0 end),"
            + " sum(case when t.state = 'CLOSED' and t.rating is not null then 1 else 0 end),"
            + " sum(case when t.state = 'CLOSED' and t.rating in ('SATISFIED', 'BASICALLY_SATISFIED')"
            + " then 1 else 0 end)"
            + " from ";

    private final JdbcClient jdbc;

    MetricsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MetricsRow> by(MetricsDimension dimension, TicketScope scope) {
        return jdbc.sql(select(dimension, scope, "") + " order by k")
                .params(scope.params())
                .query(MetricsQueries::row)
                .list();
    }

    /**
     * A page of the groups, projects by name and the others by key; {@code name} narrows the projects or the
     * departments by part of their name (a province has thousands of projects and hundreds of departments).
     */
    public PageResult<MetricsRow> page(MetricsDimension dimension, String name, TicketScope scope, PageQuery page) {
        Filtered filtered = filtered(dimension, name, scope);
        long total = jdbc.sql("select count(*) from (" + filtered.sql() + ") g")
                .params(filtered.params())
                .query(Long.class)
                .single();
        List<MetricsRow> rows = jdbc.sql(filtered.sql() + order(dimension) + " limit :limit offset :offset")
                .params(filtered.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(MetricsQueries::row)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Every group {@link #page} pages through, in its order: what the page's export writes. */
    public List<MetricsRow> all(MetricsDimension dimension, String name, TicketScope scope) {
        Filtered filtered = filtered(dimension, name, scope);
        return jdbc.sql(filtered.sql() + order(dimension))
                .params(filtered.params())
                .query(MetricsQueries::row)
                .list();
    }

    private record Filtered(String sql, Map<String, Object> params) {}

    private static Filtered filtered(MetricsDimension dimension, String name, TicketScope scope) {
        String like = LikeText.containing(name);
        String condition = "";
        if (like != null && dimension == MetricsDimension.PROJECT) {
            condition = " and lower(p.name) like :like escape '!'";
        } else if (like != null && dimension == MetricsDimension.DEPARTMENT) {
            condition = " where g.k in (select cast(d.id as varchar(20)) from department d"
                    + " where lower(d.name) like :like escape '!')";
        }
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        if (!condition.isEmpty()) {
            params.put("like", like);
        }
        return new Filtered(select(dimension, scope, condition), params);
    }

    private static String order(MetricsDimension dimension) {
        return dimension == MetricsDimension.PROJECT ? " order by label, k" : " order by k";
    }

    private static String select(MetricsDimension dimension, TicketScope scope, String condition) {
        return switch (dimension) {
            case DEPARTMENT ->
                BY_DEPARTMENT.formatted(
                        scope.tickets(), ClosedFacts.SOLVED, ClosedFacts.CLOSED_DISSATISFIED, condition);
            case PROJECT -> grouped("cast(t.project_id as varchar(20))", "p.name", scope, condition);
            case CATEGORY -> grouped("t.category", "''", scope, condition);
            case MONTH -> grouped("t.reported_month", "''", scope, condition);
        };
    }

    private static String grouped(String key, String label, TicketScope scope, String condition) {
        return SELECT.formatted(
                key, label, scope.tickets(), condition, ClosedFacts.SOLVED, ClosedFacts.CLOSED_DISSATISFIED);
    }

    private static MetricsRow row(ResultSet rs, int n) throws SQLException {
        return new MetricsRow(
                rs.getString("k"),
                rs.getString("label"),
                rs.getLong("total"),
                rs.getLong("closed"),
                rs.getLong("on_time"),
                rs.getLong("solved"),
                rs.getLong("closed_dissatisfied"),
                rs.getLong("rated"),
                rs.getLong("satisfied"),
                rs.getLong("reopened"),
                rs.getLong("assigned"),
                rs.getLong("returned"),
                (Double) rs.getObject("avg_days", Double.class));
    }

    /** Open, overdue, closed, solved, rated and satisfied tickets in the scope: one aggregate row. */
    public TicketOverview overview(TicketScope scope, LocalDate today) {
        return jdbc.sql(OVERVIEW + scope.tickets())
                .params(scope.params())
                .param("today", today)
                .query(MetricsQueries::overview)
                .single();
    }

    /**
     * The same row as it stood at the end of {@code day} (the monthly briefing of a past month): tickets reported by
     * then, each in the state its timeline had then, so a ticket closed afterwards counts as open and one reported
     * afterwards not at all, and overdue against the resolve date in force then (a later extension does not move it).
     */
    public TicketOverview overviewAsOf(TicketScope scope, LocalDate day) {
        return jdbc.sql(OVERVIEW + asOf(scope))
                .params(scope.params())
                .param("today", day)
                .param("end", endOf(day))
                .query(MetricsQueries::overview)
                .single();
    }

    private static TicketOverview overview(ResultSet rs, int n) throws SQLException {
        return new TicketOverview(
                rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
    }

    /** Overdue tickets per department id (departments with none left out), most first: one grouped query. */
    public Map<Long, Long> overdueByDepartment(TicketScope scope, LocalDate today) {
        return overdueByDepartment(scope.tickets(), scope, today, false);
    }

    /** {@link #overdueByDepartment} as it stood at the end of {@code day}, as {@link #overviewAsOf} reads it. */
    public Map<Long, Long> overdueByDepartmentAsOf(TicketScope scope, LocalDate day) {
        return overdueByDepartment(asOf(scope), scope, day, true);
    }

    private Map<Long, Long> overdueByDepartment(String from, TicketScope scope, LocalDate today, boolean then) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        var sql = jdbc.sql("select t.department_id, count(*) from " + from + " where t.department_id is not null and "
                        + OVERDUE
                        + " group by t.department_id order by count(*) desc, t.department_id")
                .params(scope.params())
                .param("today", today);
        if (then) {
            sql = sql.param("end", endOf(today));
        }
        sql.query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /**
     * The scope's tickets reported before {@code :end}, aliased {@code t} with the columns the overview reads as they
     * stood then, each looked up on the timeline's key (ticket, step) in the database:
     * <ul>
     *   <li>{@code state}, the one the last step before {@code :end} left. A ticket without a timeline by then (only
     *       one loaded from elsewhere: reporting records the first step) is taken in today's state, unless it was
     *       closed after the end: then it was open.
     *   <li>{@code resolve_by}, the deadline in force then: today's, unless a step set the deadlines again since (an
     *       extension approved, a reassignment, a recount, a resumption, a reopening); then the one the last setting
     *       before {@code :end} kept with its step (V167), as {@link TicketHistory} reads it for a meeting. A setting
     *       recorded before steps kept it leaves today's.
     *   <li>{@code sign_by} is today's: steps do not keep it. An extension leaves it; only deadlines set again
     *       after the end of a ticket still waiting to be signed then (a reassignment, a recount) would move it.
     * </ul>
     */
    private static String asOf(TicketScope scope) {
        return """
                (select t.id, t.department_id, t.sign_by, t.outcome, t.closure, t.rating,
                        case when exists (select 1 from ticket_step s where s.ticket_id = t.id and s.at >= :end
                                          and %2$s)
                             then coalesce((select s.resolve_by from ticket_step s where s.ticket_id = t.id
                                            and s.step = (select max(s2.step) from ticket_step s2
                                                          where s2.ticket_id = t.id and s2.at < :end and %3$s)),
                                           t.resolve_by)
                             else t.resolve_by end as resolve_by,
                        coalesce((select s.to_state from ticket_step s where s.ticket_id = t.id
                                  and s.step = (select max(s2.step) from ticket_step s2
                                                where s2.ticket_id = t.id and s2.at < :end)),
                                 case when t.closed_at >= :end then 'REPORTED' else t.state end) as state
                 from %1$s where t.created_at < :end) t""".formatted(scope.tickets(), settingDeadlines("s"), settingDeadlines("s2"));
    }

    /** The condition that a step (aliased {@code alias}) set the deadlines, as {@link Step#setsDeadlines} says. */
    private static String settingDeadlines(String alias) {
        return "(%1$s.action in (%2$s) or (%1$s.action = 'ticket.extension-decided' and %1$s.result_code = 'APPROVED'))"
                .formatted(
                        alias,
                        Step.SETTING_DEADLINES.stream()
                                .sorted()
                                .map(a -> "'" + a + "'")
                                .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** The first instant after {@code day} in the district. */
    private static Timestamp endOf(LocalDate day) {
        return Timestamp.from(
                day.plusDays(1).atStartOfDay(ClockConfiguration.DISTRICT_ZONE).toInstant());
    }
}
