package cn.zhuanban.project.domain;

import cn.zhuanban.identity.CurrentUser;
import java.util.Map;

/**
 * A user's data scope as a SQL condition with its parameters. The conditions are fixed texts
 * chosen by scope, never built from input; {@code p} is the project table, {@code t} the task
 * force table; callers put the condition in parentheses. A scope that needs an id the user lacks (an enterprise contact without an
 * enterprise) sees nothing.
 */
public record ScopeCondition(String sql, Map<String, Object> params) {

    private static final String NOTHING = "1 = 0";

    /** No restriction, for questions other modules ask without a user (e.g. a project's name). */
    public static final ScopeCondition EVERYTHING = new ScopeCondition("1 = 1", Map.of());

    private static final String IN_TASK_FORCE = """
            (t.lead_user_id = :scopeUser or t.chief_service_officer_id = :scopeUser
             or exists (select 1 from task_force_member m where m.task_force = t.id and m.user_id = :scopeUser))""";

    /**
     * Projects of the user's task forces (led, served as chief officer, member of) as a union of three
     * small lookups: the planner estimates it at a handful of task forces and reads their projects by
     * index. The equal EXISTS over an OR was estimated at half of all task forces, which made every
     * query of a task-force member's scope (and the tickets and aggregates that hang off it) a full scan.
     */
    private static final String PROJECT_IN_TASK_FORCE = """
            p.task_force_id in (select tf.id from task_force tf where tf.lead_user_id = :scopeUser
                    union select tf.id from task_force tf where tf.chief_service_officer_id = :scopeUser
                    union select m.task_force from task_force_member m where m.user_id = :scopeUser)""";

    private static final String DEPARTMENT_IN = """
            exists (select 1 from task_force_department d where d.task_force = %s and d.department_id = :scopeDepartment)""";

    /** Which projects (alias {@code p}) the user sees. */
    public static ScopeCondition forProjects(CurrentUser user) {
        return switch (user.dataScope()) {
            case ALL -> EVERYTHING;
            case LED_PROJECTS -> user("p.lead_official_id = :scopeUser", user);
            case TASK_FORCE -> user(PROJECT_IN_TASK_FORCE, user);
            case DEPARTMENT -> department(DEPARTMENT_IN.formatted("p.task_force_id"), user);
            case ENTERPRISE ->
                user.enterpriseId() == null
                        ? new ScopeCondition(NOTHING, Map.of())
                        : new ScopeCondition(
                                "p.enterprise_id = :scopeEnterprise", Map.of("scopeEnterprise", user.enterpriseId()));
        };
    }

    /** Which task forces (alias {@code t}) the user sees: their own, or those of the projects they see. */
    public static ScopeCondition forTaskForces(CurrentUser user) {
        return switch (user.dataScope()) {
            case ALL -> EVERYTHING;
            case TASK_FORCE -> user(IN_TASK_FORCE, user);
            case DEPARTMENT -> department(DEPARTMENT_IN.formatted("t.id"), user);
            case LED_PROJECTS ->
                user(
                        "t.lead_user_id = :scopeUser or exists (select 1 from project p"
                                + " where p.task_force_id = t.id and p.lead_official_id = :scopeUser)",
                        user);
            case ENTERPRISE ->
                user.enterpriseId() == null
                        ? new ScopeCondition(NOTHING, Map.of())
                        : new ScopeCondition(
                                "exists (select 1 from project p where p.task_force_id = t.id"
                                        + " and p.enterprise_id = :scopeEnterprise)",
                                Map.of("scopeEnterprise", user.enterpriseId()));
        };
    }

    private static ScopeCondition user(String sql, CurrentUser user) {
        return new ScopeCondition(sql, Map.of("scopeUser", user.id()));
    }

    private static ScopeCondition department(String sql, CurrentUser user) {
        return user.departmentId() == null
                ? new ScopeCondition(NOTHING, Map.of())
                : new ScopeCondition(sql, Map.of("scopeDepartment", user.departmentId()));
    }
}
