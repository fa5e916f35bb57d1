package cn.zhuanban.enterpriseplan.domain;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.project.ProjectScope;
import java.util.HashMap;
import java.util.Map;

/**
 * Which plans (alias {@code ep}) a user sees, as SQL: everything for the ALL scope; his own
 * enterprise's for an enterprise contact; otherwise the plans of enterprises with a project in the
 * user's project scope. The texts are fixed; never built from input.
 */
public record PlanScope(String sql, Map<String, Object> params) {

    public PlanScope {
        params = Map.copyOf(params);
    }

    public static PlanScope of(CurrentUser user, ProjectScope projects) {
        if (user.dataScope() == DataScope.ALL) {
            return new PlanScope("1 = 1", Map.of());
        }
        if (user.dataScope() == DataScope.ENTERPRISE) {
            return user.enterpriseId() == null
                    ? new PlanScope("1 = 0", Map.of())
                    : new PlanScope(
                            "ep.enterprise_id = :planEnterprise", Map.of("planEnterprise", user.enterpriseId()));
        }
        Map<String, Object> params = new HashMap<>(projects.params());
        return new PlanScope(
                "exists (select 1 from project p where p.enterprise_id = ep.enterprise_id and (" + projects.sql()
                        + "))",
                params);
    }
}
