package cn.zhuanban.meeting.domain;

import cn.zhuanban.meeting.ActionFilter;
import cn.zhuanban.meeting.ActionLedgerRow;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The decisions ledger in SQL: one statement for the rows with the names of their meeting, task force, project,
 * department and owner, one for the count; filtered and paged in the database. Open actions come first, the nearest
 * deadline first; closed ones after them, the latest deadline first.
 *
 * <p>An action's deadline is its ticket's resolve date as it stands ({@code DEADLINE}): an extension the dispatch
 * office approved, or a reassignment with a new date, moves the decision's deadline too. The ledger kept the date the
 * meeting had set and listed as overdue an action whose ticket was still in time. Only an action without a ticket
 * (recorded before actions became tickets) keeps its own.
 */
@Component
public class ActionLedgerQueries {

    /** The action's deadline as it stands: its ticket's resolve date, else the one the meeting set. */
    private static final String DEADLINE = "coalesce(tk.resolve_by, a.deadline)";

    /**
     * Past its deadline at the end of {@code :day}, or its ticket overdue as the tickets' OVERDUE list counts it: not
     * signed past its sign deadline. A decision whose ticket is overdue is an overdue decision, on the cockpit, the
     * ledger, the briefings and the weekly report alike (the ticket's state is today's).
     */
    private static final String LATE = "(" + DEADLINE + " < :day or (tk.state = 'ASSIGNED' and tk.sign_by < :day))";

    private static final String JOINS = """
             from meeting_action a
             join meeting m on m.id = a.meeting_id
             join task_force tf on tf.id = a.task_force_id
             left join project p on p.id = a.project_id
             left join department d on d.id = a.owner_department_id
             left join app_user u on u.id = a.owner_user_id
             left join ticket tk on tk.id = a.ticket_id
            where (a.task_force_id in (:taskForces) or a.owner_department_id = :ownDepartment)""";

    /** Open today. */
    private static final String OPEN_NOW = "a.status = 'OPEN'";

    /**
     * Open at the end of a past {@code :day}: still open, or closed after it (closing dates the action to the day,
     * {@link ActionStore#close}).
     */
    private static final String OPEN_THEN = "(a.status = 'OPEN' or a.closed_on > :day)";

    /** Closed by the end of a past {@code :day} (a closed action of an old row without its date counts as closed). */
    private static final String CLOSED_THEN = "a.status <> 'OPEN' and (a.closed_on is null or a.closed_on <= :day)";

    /**
     * The ledger's filter, today's with {@code open} {@link #OPEN_NOW} (the statement it always was), a past day's
     * with {@link #OPEN_THEN} and only the meetings held by then (a past month's briefing links to it).
     */
    private static String from(boolean past) {
        String open = past ? OPEN_THEN : OPEN_NOW;
        return JOINS
                + (past ? "\n  and m.held_on <= :day" : "")
                + """

              and (cast(:taskForce as bigint) is null or a.task_force_id = :taskForce)
              and (cast(:department as bigint) is null or a.owner_department_id = :department)
              and (cast(:like as varchar) is null or lower(a.decision) like :like escape '!'
                   or lower(p.name) like :like escape '!')
              and (cast(:state as varchar) is null
                   or (cast(:state as varchar) = 'OPEN' and %2$s)
                   or (cast(:state as varchar) = 'OVERDUE' and %2$s and %1$s)
                   or (cast(:state as varchar) = 'CLOSED' and %3$s))""".formatted(LATE, open, past ? CLOSED_THEN : "a.status <> 'OPEN'");
    }

    /** The columns; of a past day, an action closed after it reads open, as it was then. */
    private static String columns(boolean past) {
        String status = past ? "case when " + OPEN_THEN + " then 'OPEN' else a.status end" : "a.status";
        String closedOn =
                past ? "case when " + OPEN_THEN + " then cast(null as date) else a.closed_on end" : "a.closed_on";
        return """
                select a.id, a.meeting_id, m.number, m.held_on, a.task_force_id, tf.name as task_force_name,
                       a.decision, a.project_id, p.name as project_name, d.name as department_name,
                       u.full_name as owner_name, %1$s as deadline, %2$s as status, %3$s as closed_on, a.ticket_id,
                       tk.state as ticket_state, case when %4$s then 1 else 0 end as late_now""".formatted(DEADLINE, status, closedOn, LATE);
    }

    private static String order(boolean past) {
        String open = past ? OPEN_THEN : OPEN_NOW;
        return """
                 order by case when %2$s then 0 else 1 end,
                          case when %2$s then %1$s end,
                          case when %2$s then null else %1$s end desc,
                          a.id desc""".formatted(DEADLINE, open);
    }

    /**
     * The actions open past their deadline at the end of {@code :day}: decided at a meeting held by then, due before it,
     * and open then (still open, or closed after it; closing dates the action to the day, {@link ActionStore#close}).
     * The row says open, as it was then; its ticket's state and the deadline (the ticket's resolve date, as in the
     * ledger) are today's: an extension approved after that day moves a past day's list too.
     */
    private static final String OVERDUE_ON = JOINS + """

              and m.held_on <= :day and %1$s
              and (a.status = 'OPEN' or a.closed_on > :day)""".formatted(LATE);

    /**
     * The columns of {@link #OVERDUE_ON}; the deadline is the one missed. Which one that is, is the ticket module's
     * rule (the earliest missed of sign, first feedback and resolve): {@code ActionLedger} puts the date it names in
     * place of this one, the resolve date if passed, else the sign date, which stays only for a row it names none for.
     */
    private static final String COLUMNS_ON = """
            select a.id, a.meeting_id, m.number, m.held_on, a.task_force_id, tf.name as task_force_name, a.decision,
                   a.project_id, p.name as project_name, d.name as department_name, u.full_name as owner_name,
                   case when %1$s < :day then %1$s else tk.sign_by end as deadline, 'OPEN' as status,
                   cast(null as date) as closed_on, a.ticket_id, tk.state as ticket_state, 1 as late_now""".formatted(DEADLINE);

    /** Ids no row has: an empty "in ()" is not SQL, and a null would need a cast on every database. */
    private static final long NO_TASK_FORCE = -1;

    private static final long NO_DEPARTMENT = -1;

    private final JdbcClient jdbc;

    ActionLedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page of actions that pass the filter among those of these task forces' meetings and those owned by
     * {@code ownDepartment} (a department owns actions of meetings it does not attend; null for none), as they stand
     * on {@code day}: today, or when {@code past}, a past day (the end of the filter's month) as they stood then.
     */
    public PageResult<ActionLedgerRow> page(
            ActionFilter filter,
            Collection<Long> taskForces,
            Long ownDepartment,
            LocalDate day,
            boolean past,
            PageQuery page) {
        if (taskForces.isEmpty() && ownDepartment == null) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        Map<String, Object> params = params(filter, day);
        return paged(columns(past), from(past), order(past), scoped(params, taskForces, ownDepartment), page);
    }

    /**
     * The page of actions that were open past their deadline at the end of {@code day} (a past month's end, or today)
     * among those of these task forces' meetings and those owned by {@code ownDepartment}: nearest deadline first.
     */
    public PageResult<ActionLedgerRow> overdueOn(
            Collection<Long> taskForces, Long ownDepartment, LocalDate day, PageQuery page) {
        if (taskForces.isEmpty() && ownDepartment == null) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("day", day);
        return paged(
                COLUMNS_ON,
                OVERDUE_ON,
                " order by " + DEADLINE + ", a.id desc",
                scoped(params, taskForces, ownDepartment),
                page);
    }

    /** One count and, when there is anything, one page of rows: the two statements every ledger query makes. */
    private PageResult<ActionLedgerRow> paged(
            String columns, String from, String order, Map<String, Object> params, PageQuery page) {
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        List<ActionLedgerRow> rows = total == 0
                ? List.of()
                : jdbc.sql(columns + from + order + " limit :limit offset :offset")
                        .params(params)
                        .param("limit", page.size())
                        .param("offset", page.offset())
                        .query(ActionLedgerQueries::row)
                        .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The reach: these task forces' meetings and the actions {@code ownDepartment} owns (ids no row has for none). */
    private static Map<String, Object> scoped(
            Map<String, Object> params, Collection<Long> taskForces, Long ownDepartment) {
        params.put("taskForces", taskForces.isEmpty() ? List.of(NO_TASK_FORCE) : taskForces);
        params.put("ownDepartment", ownDepartment == null ? NO_DEPARTMENT : ownDepartment);
        return params;
    }

    private static Map<String, Object> params(ActionFilter f, LocalDate day) {
        Map<String, Object> params = new HashMap<>();
        params.put("taskForce", f.taskForceId());
        params.put("department", f.departmentId());
        params.put("like", LikeText.containing(f.q()));
        params.put("state", f.state() == null ? null : f.state().name());
        params.put("day", day);
        return params;
    }

    private static ActionLedgerRow row(ResultSet rs, int n) throws SQLException {
        Date closed = rs.getDate("closed_on");
        return new ActionLedgerRow(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getInt("number"),
                rs.getDate("held_on").toLocalDate(),
                rs.getLong("task_force_id"),
                rs.getString("task_force_name"),
                rs.getString("decision"),
                rs.getObject("project_id", Long.class),
                rs.getString("project_name"),
                rs.getString("department_name"),
                rs.getString("owner_name"),
                rs.getDate("deadline").toLocalDate(),
                "OPEN".equals(rs.getString("status")),
                closed == null ? null : closed.toLocalDate(),
                rs.getObject("ticket_id", Long.class),
                rs.getString("ticket_state"),
                rs.getInt("late_now") == 1,
                null,
                0);
    }
}
