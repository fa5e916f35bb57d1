package cn.zhuanban.ticket.domain;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.ClockConfiguration;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A user's data scope over tickets, with its parameters, in two equal forms: {@link #sql()} a
 * condition on one ticket row (alias {@code t}, or on projects alias {@code p} for {@link
 * #forProjects}), for checking single tickets; and {@link #tickets()} a FROM item aliased {@code t}
 * that yields exactly the tickets in scope, for lists, counts and aggregates. The texts are fixed
 * and chosen by scope, never built from input. Project conditions mirror the project module's
 * scope rules; the reporter always sees their own tickets.
 *
 * <p>Why the FROM item: as a row condition the scope is an OR (the department's tickets, or a
 * co-department's, or the reporter's own; the projects' tickets or the reporter's own) that
 * PostgreSQL can only evaluate ticket by ticket over the whole table, which cost the to-do list
 * ≈ 370 ms at province scale (100,000 tickets). The FROM item is a UNION ALL of disjoint branches,
 * each an index lookup (department, co-department, reporter, the projects' tickets); the database
 * pushes the query's own conditions (open, overdue, a to-do) into every branch, so a narrow scope
 * reads only its own few hundred tickets. The branches are disjoint, so nothing is counted twice.
 */
public record TicketScope(String sql, Map<String, Object> params, String tickets) {

    private static final String NOTHING = "1 = 0";

    private static final String ALL_TICKETS = "ticket t";

    /**
     * Projects of the user's task forces: led, served as chief officer, or a member of. A union of
     * three small index lookups, which the planner estimates at a handful of rows; the former OR over
     * an EXISTS was estimated at half the task forces and turned every plan into a full scan.
     */
    private static final String IN_TASK_FORCE = """
            p.task_force_id in (select tf.id from task_force tf where tf.lead_user_id = :scopeUser
                    union select tf.id from task_force tf where tf.chief_service_officer_id = :scopeUser
                    union select m.task_force from task_force_member m where m.user_id = :scopeUser)""";

    private static final String TICKET_DEPARTMENT = """
            (t.department_id = :scopeDepartment
             or exists (select 1 from ticket_co_department c where c.ticket = t.id and c.department_id = :scopeDepartment))""";

    /** Assigned to the department, then co-assigned only, then reported by the user and neither. */
    private static final String DEPARTMENT_TICKETS = """
            (select x.* from ticket x where x.department_id = :scopeDepartment
             union all
             select x.* from ticket x where x.id in (select c.ticket from ticket_co_department c
                                                     where c.department_id = :scopeDepartment)
                 and (x.department_id is null or x.department_id <> :scopeDepartment)
             union all
             select x.* from ticket x where x.reporter_id = :scopeUser
                 and (x.department_id is null or x.department_id <> :scopeDepartment)
                 and not exists (select 1 from ticket_co_department c
                                 where c.ticket = x.id and c.department_id = :scopeDepartment)) t""";

    /** Tickets of the projects in scope, then those the user reported on other projects. */
    private static final String PROJECT_TICKETS = """
            (select x.* from ticket x where x.project_id in (select p.id from project p where %1$s)
             union all
             select x.* from ticket x where x.reporter_id = :scopeUser
                 and not exists (select 1 from project p where p.id = x.project_id and (%1$s))) t""";

    private static final String REPORTER_TICKETS = "(select x.* from ticket x where x.reporter_id = :scopeUser) t";

    /** Which tickets the user sees. */
    public static TicketScope forTickets(CurrentUser user) {
        String own = " or t.reporter_id = :scopeUser";
        return switch (user.dataScope()) {
            case ALL -> new TicketScope("1 = 1", params(user), ALL_TICKETS);
            case DEPARTMENT ->
                user.departmentId() == null
                        ? new TicketScope(NOTHING + own, params(user), REPORTER_TICKETS)
                        : new TicketScope(TICKET_DEPARTMENT + own, params(user), DEPARTMENT_TICKETS);
            default -> {
                TicketScope projects = forProjects(user);
                yield new TicketScope(
                        "exists (select 1 from project p where p.id = t.project_id and (" + projects.sql + "))" + own,
                        projects.params,
                        PROJECT_TICKETS.formatted(projects.sql));
            }
        };
    }

    /**
     * The same scope narrowed to the tickets reported (created) from {@code from} to {@code to}, days in the district,
     * both inclusive, either open when null: the metrics' and the ranking's period. The bounds are parameters.
     */
    public TicketScope reportedBetween(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return this;
        }
        Map<String, Object> narrowed = new HashMap<>(params);
        StringBuilder condition = new StringBuilder();
        if (from != null) {
            condition.append("t.created_at >= :periodStart");
            narrowed.put("periodStart", startOf(from));
        }
        if (to != null) {
            condition.append(condition.isEmpty() ? "" : " and ").append("t.created_at < :periodEnd");
            narrowed.put("periodEnd", startOf(to.plusDays(1)));
        }
        return new TicketScope(
                "(" + sql + ") and " + condition,
                narrowed,
                tickets == null ? null : "(select t.* from " + tickets + " where " + condition + ") t");
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ClockConfiguration.DISTRICT_ZONE).toInstant());
    }

    /** The whole district: every ticket, no scope to narrow by (the lists and counts may use any index). */
    public boolean wholeDistrict() {
        return ALL_TICKETS.equals(tickets);
    }

    /** Which projects the user sees, and so may report tickets on ({@link #tickets()} is null: not tickets). */
    public static TicketScope forProjects(CurrentUser user) {
        String sql = switch (user.dataScope()) {
            case ALL -> "1 = 1";
            case LED_PROJECTS -> "p.lead_official_id = :scopeUser";
            case TASK_FORCE -> IN_TASK_FORCE;
            case DEPARTMENT ->
                user.departmentId() == null
                        ? NOTHING
                        : "exists (select 1 from task_force_department d where d.task_force = p.task_force_id"
                                + " and d.department_id = :scopeDepartment)";
            case ENTERPRISE -> user.enterpriseId() == null ? NOTHING : "p.enterprise_id = :scopeEnterprise";
        };
        return new TicketScope(sql, params(user), null);
    }

    private static Map<String, Object> params(CurrentUser user) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopeUser", user.id());
        params.put("scopeDepartment", user.departmentId() == null ? -1L : user.departmentId());
        params.put("scopeEnterprise", user.enterpriseId() == null ? -1L : user.enterpriseId());
        return params;
    }
}
