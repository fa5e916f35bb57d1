package cn.zhuanban.enterprise;

import cn.zhuanban.identity.CurrentUser;
import java.util.Map;

/**
 * Which enterprises a lead official, a task-force member or a department handler serves: those with a project in his
 * data scope. The directory's contact data is not reference data for them (MISSION: a department sees what is
 * assigned to it, nothing else), so they see the enterprises of their projects only. This module knows nothing of
 * projects (the project module depends on it), so the project module supplies the condition, built from the very
 * scope its own queries use; this module only puts it into its SQL.
 */
public interface ServedEnterprises {

    /**
     * The condition on the {@code enterprise} table aliased {@code e} with its parameters, for a user whose scope
     * is LED_PROJECTS, TASK_FORCE or DEPARTMENT. The text is fixed per scope, never built from input.
     */
    Condition of(CurrentUser user);

    record Condition(String sql, Map<String, Object> params) {

        public Condition {
            params = Map.copyOf(params);
        }
    }
}
