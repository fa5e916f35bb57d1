package cn.zhuanban.ticket.domain;

import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketFilter;
import cn.zhuanban.ticket.TicketSeverity;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketSummary;
import cn.zhuanban.ticket.TodoCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lists, to-do counts and duplicate candidates, filtered and paged in SQL within the data scope. */
@Component
public class TicketQueries {

    private static final String FROM = " from ticket t join project p on p.id = t.project_id where (%s) ";

    /**
     * Every to-do is an open ticket: counting only those keeps the counts off the closed history, which
     * outgrows the open tickets year by year, and keeps a stale extension request of a closed ticket
     * out of "to review".
     */
    private static final String OPEN_ONLY = " and t.state not in ('CLOSED', 'MERGED', 'REJECTED')";

    private static final String FILTER = """
            and (cast(:q as varchar) is null or lower(t.title) like :like or lower(t.description) like :like)
            and (cast(:state as varchar) is null or t.state = :state)
            and (cast(:dept as bigint) is null or t.department_id = :dept)
            and (cast(:project as bigint) is null or t.project_id = :project)
            and (cast(:category as varchar) is null or t.category = :category)
            and (cast(:card as varchar) is null or t.card = :card)
            and (cast(:open as varchar) is null or t.state not in ('CLOSED', 'MERGED', 'REJECTED'))
            and (cast(:outcome as varchar) is null or (t.state = 'CLOSED' and t.outcome = :outcome))
            and (cast(:todo as varchar) is null
                 or (cast(:todo as varchar) = 'TO_ASSIGN' and t.state = 'REPORTED' and t.rejection_proposal is null)
                 or (cast(:todo as varchar) = 'TO_CONFIRM_REJECTION' and t.state = 'REPORTED'
                     and t.rejection_proposal is not null)
                 or (cast(:todo as varchar) = 'TO_SIGN' and t.state = 'ASSIGNED' and t.department_id = :myDept)
                 or (cast(:todo as varchar) = 'OVERDUE' and t.state in ('ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS')
                     and (t.resolve_by < :today or (t.state = 'ASSIGNED' and t.sign_by < :today)))
                 or (cast(:todo as varchar) = 'TO_REVIEW'
                     and (t.state in ('RESOLVED', 'RETURN_REQUESTED') or t.extension_until is not null)
                     and t.state not in ('CLOSED', 'MERGED', 'REJECTED'))
                 or (cast(:todo as varchar) = 'TO_RATE' and t.state = 'AWAITING_FEEDBACK' and t.reporter_id = :me))
            """;

    private static final String COLUMNS = """
            select t.id, t.title, t.project_id, p.name as project_name, t.category, t.severity, t.state, t.department_id,
                   t.resolve_by, t.card, t.escalation_level, t.created_at""";

    private final JdbcClient jdbc;
    private final ProjectManagement projects;

    TicketQueries(JdbcClient jdbc, ProjectManagement projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    public PageResult<TicketSummary> page(
            TicketFilter filter, TicketScope scope, Long myDepartment, long me, LocalDate today, PageQuery page) {
        Map<String, Object> params = params(filter, scope, myDepartment, me, today);
        String where = FROM.formatted(scope.sql()) + FILTER;
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<TicketSummary> rows = jdbc.sql(COLUMNS + where + " order by t.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(TicketQueries::summary)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public boolean visible(long id, TicketScope scope) {
        return jdbc.sql("select count(*)" + FROM.formatted(scope.sql()) + " and t.id = :id")
                        .params(scope.params())
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
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

    public TodoCounts todo(TicketScope scope, Long myDepartment, long me, LocalDate today) {
        return jdbc.sql("""
                        select sum(case when t.state = 'REPORTED' and t.rejection_proposal is null then 1 else 0 end),
                               sum(case when t.state = 'ASSIGNED' and t.department_id = :myDept then 1 else 0 end),
                               sum(case when t.state in ('ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS')
                                         and (t.resolve_by < :today or (t.state = 'ASSIGNED' and t.sign_by < :today))
                                        then 1 else 0 end),
                               sum(case when t.state in ('RESOLVED', 'RETURN_REQUESTED') or t.extension_until is not null
                                        then 1 else 0 end),
                               sum(case when t.state = 'AWAITING_FEEDBACK' and t.reporter_id = :me then 1 else 0 end),
                               sum(case when t.state = 'REPORTED' and t.rejection_proposal is not null then 1 else 0 end)
                        """ + FROM.formatted(scope.sql()) + OPEN_ONLY)
                .params(scope.params())
                .param("myDept", myDepartment == null ? -1L : myDepartment)
                .param("today", today)
                .param("me", me)
                .query((rs, n) -> new TodoCounts(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .single();
    }

    /** Projects the user may report on (id, name), for the report form. */
    public List<Map.Entry<Long, String>> reportableProjects(TicketScope projectScope, int limit) {
        return jdbc.sql("select p.id, p.name from project p where (" + projectScope.sql()
                        + ") order by p.name limit :limit")
                .params(projectScope.params())
                .param("limit", limit)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list();
    }

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
        params.put("q", q);
        params.put("like", q == null ? null : "%" + q + "%");
        params.put("state", f.state() == null ? null : f.state().name());
        params.put("dept", f.departmentId());
        params.put("project", f.projectId());
        params.put("category", f.category() == null ? null : f.category().name());
        params.put("card", f.card() == null ? null : f.card().name());
        params.put("todo", f.todo() == null ? null : f.todo().name());
        params.put("open", Boolean.TRUE.equals(f.open()) ? "true" : null);
        params.put("outcome", f.outcome() == null ? null : f.outcome().name());
        params.put("myDept", myDepartment == null ? -1L : myDepartment);
        params.put("me", me);
        params.put("today", today);
        return params;
    }

    static TicketSummary summary(ResultSet rs, int n) throws SQLException {
        return new TicketSummary(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getLong("project_id"),
                rs.getString("project_name"),
                TicketCategory.valueOf(rs.getString("category")),
                TicketSeverity.valueOf(rs.getString("severity")),
                TicketState.valueOf(rs.getString("state")),
                (Long) rs.getObject("department_id", Long.class),
                null,
                rs.getObject("resolve_by", LocalDate.class),
                TicketCard.valueOf(rs.getString("card")),
                EscalationLevel.valueOf(rs.getString("escalation_level")),
                rs.getTimestamp("created_at").toInstant());
    }
}
