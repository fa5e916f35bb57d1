package cn.zhuanban.ticket.domain;

import cn.zhuanban.identity.CurrentUser;
import java.util.HashMap;
import java.util.Map;

/**
 * A user's data scope as a SQL condition on tickets (alias {@code t}) or on projects (alias
 * {@code p}), with its parameters. The texts are fixed and chosen by scope, never built from
 * input. Project conditions mirror the project module's scope rules; the reporter always sees
 * their own tickets.
 */
public record TicketScope(String sql, Map<String, Object> params) {

    private static final String NOTHING = "1 = 0";

    private static final String IN_TASK_FORCE = """
            exists (select 1 from task_force tf where tf.id = p.task_force_id and (tf.lead_user_id = :scopeUser
                    or tf.chief_service_officer_id = :scopeUser
                    or exists (select 1 from task_force_member m where m.task_force = tf.id and m.user_id = :scopeUser)))""";

    private static final String TICKET_DEPARTMENT = """
            (t.department_id = :scopeDepartment
             or exists (select 1 from ticket_co_department c where c.ticket = t.id and c.department_id = :scopeDepartment))""";

    /** Which tickets the user sees. */
    public static TicketScope forTickets(CurrentUser user) {
        String own = " or t.reporter_id = :scopeUser";
        return switch (user.dataScope()) {
            case ALL -> new TicketScope("1 = 1", params(user));
            case DEPARTMENT ->
                new TicketScope((user.departmentId() == null ? NOTHING : TICKET_DEPARTMENT) + own, params(user));
            default -> {
                TicketScope projects = forProjects(user);
                yield new TicketScope(
                        "exists (select 1 from project p where p.id = t.project_id and (" + projects.sql + "))" + own,
                        projects.params);
            }
        };
    }

    /** Which projects the user sees, and so may report tickets on. */
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
        return new TicketScope(sql, params(user));
    }

    private static Map<String, Object> params(CurrentUser user) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopeUser", user.id());
        params.put("scopeDepartment", user.departmentId() == null ? -1L : user.departmentId());
        params.put("scopeEnterprise", user.enterpriseId() == null ? -1L : user.enterpriseId());
        return params;
    }
}
