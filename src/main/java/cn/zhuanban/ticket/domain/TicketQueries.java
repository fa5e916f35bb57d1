package cn.zhuanban.ticket.domain;

import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.NamesByIds;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketFilter;
import cn.zhuanban.ticket.TicketSource;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketSummary;
import cn.zhuanban.ticket.TicketTodo;
import cn.zhuanban.ticket.TodoCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lists, to-do counts and duplicate candidates, filtered and paged in SQL within the data scope. */
@Component
public class TicketQueries {

    /** The tickets within a scope (its SQL in place of %s), with their project as {@code p}. */
    static final String FROM = " from ticket t join project p on p.id = t.project_id where (%s) ";

    static final String COLUMNS = """
            select t.id, t.title, t.project_id, p.name as project_name, t.category, t.severity, t.state, t.department_id,
                   t.resolve_by, t.card, t.escalation_level, t.created_at, t.sign_by, t.feedback_by,
                   t.first_feedback_at, t.resolve_date_chosen, t.source, t.resolved_on""";

    private final JdbcClient jdbc;
    private final ProjectReads projects;

    TicketQueries(JdbcClient jdbc, ProjectReads projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    /** The titles of these tickets by id, cut to {@code max} characters, regardless of scope (the audit log's). */
    public Map<Long, String> titlesOf(Collection<Long> ids, int max) {
        Map<Long, String> titles = NamesByIds.of(jdbc, "select id, title from ticket where id in (:ids)", ids);
        titles.replaceAll((id, t) -> t.length() <= max ? t : t.substring(0, max - 1) + "…");
        return titles;
    }

    /** Unresolved tickets of a project that carry a red card. */
    public int redCards(long projectId) {
        return jdbc.sql("""
                        select count(*) from ticket where project_id = :project and card = 'RED'
                          and state in ('REPORTED', 'ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS', 'SUSPENDED')""").param("project", projectId).query(Integer.class).single();
    }

    /** How many of a project's open tickets in scope there are, carry a red or a yellow card, are overdue. */
    public record ProjectCounts(long open, long red, long yellow, long overdue) {}

    /**
     * The counts of a project's open tickets within the scope in one pass, overdue as the OVERDUE to-do list
     * counts it: the project page's ticket card.
     */
    public ProjectCounts projectCounts(long projectId, TicketScope scope, LocalDate today) {
        return jdbc.sql("select count(*), sum(case when t.card = 'RED' then 1 else 0 end),"
                        + " sum(case when t.card = 'YELLOW' then 1 else 0 end),"
                        + " sum(case when " + TodoConditions.TODO.get(TicketTodo.OVERDUE) + " then 1 else 0 end)"
                        + " from " + scope.tickets() + " where t.project_id = :project and " + TodoConditions.OPEN)
                .params(scope.params())
                .param("project", projectId)
                .param("today", today)
                .query((rs, n) -> new ProjectCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** A project's newest open tickets within the scope (at most {@code limit}). */
    public List<TicketSummary> latestOpen(long projectId, TicketScope scope, int limit) {
        return jdbc.sql(COLUMNS + " from " + scope.tickets() + " join project p on p.id = t.project_id"
                        + " where t.project_id = :project and " + TodoConditions.OPEN
                        + " order by t.id desc limit :limit")
                .params(scope.params())
                .param("project", projectId)
                .param("limit", limit)
                .query(TicketQueries::summary)
                .list();
    }

    /**
     * A page of the tickets in scope that pass the filter, newest first, and their total. Only the
     * filters that are set become conditions (fixed texts, values as parameters), so the planner sees
     * exactly the conditions an index can answer.
     */
    public PageResult<TicketSummary> page(
            TicketFilter filter, TicketScope scope, Long myDepartment, long me, LocalDate today, PageQuery page) {
        Map<String, Object> params = params(filter, scope, myDepartment, me, today);
        String where = " where " + conditions(filter);
        long total = jdbc.sql("select count(*) from " + scope.tickets() + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResult<>(rows(where, params, scope, page), page.page(), page.size(), total);
    }

    /** The newest tickets of a list without counting it: where the count is known already (a to-do card). */
    public List<TicketSummary> first(
            TicketFilter filter, TicketScope scope, Long myDepartment, long me, LocalDate today, int limit) {
        return rows(
                " where " + conditions(filter),
                params(filter, scope, myDepartment, me, today),
                scope,
                new PageQuery(0, limit));
    }

    private List<TicketSummary> rows(String where, Map<String, Object> params, TicketScope scope, PageQuery page) {
        return jdbc.sql(COLUMNS + " from " + scope.tickets() + " join project p on p.id = t.project_id" + where
                        + " order by t.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(TicketQueries::summary)
                .list();
    }

    private static String conditions(TicketFilter f) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (f.q() != null && !f.q().isBlank()) {
            // A project's name finds its tickets too: a leader searches by the project he knows the problem by.
            sql.append(" and (lower(t.title) like :like escape '!' or lower(t.description) like :like escape '!'"
                    + " or t.project_id in (select sp.id from project sp where lower(sp.name) like :like escape '!'))");
        }
        if (f.state() != null) {
            sql.append(" and t.state = :state");
        }
        if (f.departmentId() != null) {
            sql.append(" and t.department_id = :dept");
        }
        if (f.projectId() != null) {
            sql.append(" and t.project_id = :project");
        }
        if (f.category() != null) {
            sql.append(" and t.category = :category");
        }
        if (f.card() != null) {
            sql.append(" and t.card = :card");
        }
        if (Boolean.TRUE.equals(f.open())) {
            sql.append(" and ").append(TodoConditions.OPEN);
        }
        if (f.outcome() != null) {
            // as every metric counts it: no outcome of a ticket closed by the second dissatisfaction
            sql.append(" and ").append(ClosedFacts.CLOSED_WITH_OUTCOME);
        }
        if (f.source() != null) {
            sql.append(" and t.source = :source");
        }
        if (f.todo() != null) {
            sql.append(" and (").append(TodoConditions.TODO.get(f.todo())).append(')');
        }
        return sql.toString();
    }

    /** Open tickets of the same project and category, newest first: the candidates for "possible duplicate". */
    public List<TicketSummary> openOf(long projectId, TicketCategory category, TicketScope scope, int limit) {
        return jdbc.sql(COLUMNS + FROM.formatted(scope.sql()) + """
                         and t.project_id = :project and t.category = :category
                         and t.state not in ('CLOSED', 'MERGED', 'REJECTED') order by t.id desc limit :limit""")
                .params(scope.params())
                .param("project", projectId)
                .param("category", category.name())
                .param("limit", limit)
                .query(TicketQueries::summary)
                .list();
    }

    /** How many tickets wait in each to-do list within the scope (see {@link TodoConditions#COUNTS_ALL}). */
    public TodoCounts todo(TicketScope scope, Long myDepartment, long me, LocalDate today) {
        String sql = scope.wholeDistrict()
                ? TodoConditions.COUNTS_ALL
                : TodoConditions.COUNTS_SCOPED.formatted(scope.tickets());
        return jdbc.sql(sql)
                .params(scope.params())
                .param("myDept", myDepartment == null ? -1L : myDepartment)
                .param("today", today)
                .param("me", me)
                .query((rs, n) -> new TodoCounts(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        rs.getLong(11),
                        rs.getLong(12)))
                .single();
    }

    /** Projects the user may report on (id, name), for the report form. */
    public record ProjectFacts(String name, Long leadOfficialId) {}

    /** Name and lead official of a project, from the project module (visibility was checked on the ticket). */
    public ProjectFacts project(long projectId) {
        return projects.summary(projectId)
                .map(p -> new ProjectFacts(p.name(), p.leadOfficialId()))
                .orElse(new ProjectFacts(null, null));
    }

    private static Map<String, Object> params(
            TicketFilter f, TicketScope scope, Long myDepartment, long me, LocalDate today) {
        Map<String, Object> params = new HashMap<>(scope.params());
        String q = f.q() == null || f.q().isBlank() ? null : f.q().strip().toLowerCase();
        params.put("like", LikeText.containing(q));
        params.put("state", f.state() == null ? null : f.state().name());
        params.put("dept", f.departmentId());
        params.put("project", f.projectId());
        params.put("category", f.category() == null ? null : f.category().name());
        params.put("card", f.card() == null ? null : f.card().name());
        params.put("outcome", f.outcome() == null ? null : f.outcome().name());
        params.put("source", f.source() == null ? null : f.source().name());
        params.put("myDept", myDepartment == null ? -1L : myDepartment);
        params.put("me", me);
        params.put("today", today);
        return params;
    }

    static TicketSummary summary(ResultSet rs, int n) throws SQLException {
        TicketSummary row = TicketSummary.ofRow(rs);
        Deadlines deadlines = new Deadlines(
                rs.getObject("sign_by", LocalDate.class),
                rs.getObject("feedback_by", LocalDate.class),
                row.resolveBy());
        // the rule the escalation job watches by, so the list names the deadline that will card the ticket
        TicketDeadline next = WatchedDeadlines.next(row.state(), deadlines, rs.getObject("first_feedback_at") != null);
        return row.with(
                next == null ? null : new TicketSummary.Countdown(next, deadlines.of(next), null),
                TicketSource.of(rs.getString("source")),
                lateResolution(row.state(), deadlines.resolveBy(), rs.getObject("resolved_on", LocalDate.class)));
    }

    private static TicketSummary.LateResolution lateResolution(
            TicketState state, LocalDate resolveBy, LocalDate resolvedOn) {
        return WatchedDeadlines.resolvedLate(state, resolveBy, resolvedOn)
                ? new TicketSummary.LateResolution(resolvedOn, null)
                : null;
    }
}
