package cn.zhuanban.enterpriseplan.domain;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.project.ProjectScope;
import java.util.HashMap;
import java.util.Map;

/**
 * Which plans (alias {@code ep}) a user sees, as SQL, following the project scope: everything for the ALL scope; his
 * own enterprise's for an enterprise contact; otherwise the plans of enterprises with a project in the user's project
 * scope (the project module's own condition, {@link ProjectScope#ofEnterprise}). A department handler also reads a
 * plan in which his department owns a measure of the latest or the approved version: the measure is work assigned
 * to his department, even for an enterprise none of whose projects it serves. A user without a scope sees none. An
 * enterprise contact reads no draft: only a plan with an approved version, at that version ({@code shownNumber}, the
 * column the list shows a plan at; the latest version for everyone else). The texts are fixed; never built from input.
 */
public record PlanScope(String sql, Map<String, Object> params, String shownNumber) {

    private static final String LATEST = "ep.latest_number";

    private static final String OWNS_A_MEASURE = """
            exists (select 1 from enterprise_plan_version ov join enterprise_plan_measure om on om.plan_version_id = ov.id
                     where ov.plan_id = ep.id and ov.number in (ep.latest_number, ep.approved_number)
                       and om.owner_department_id = :planDepartment)""";

    public PlanScope {
        params = Map.copyOf(params);
    }

    private PlanScope(String sql, Map<String, Object> params) {
        this(sql, params, LATEST);
    }

    public static PlanScope of(CurrentUser user, ProjectScope projects) {
        if (user.dataScope() == null) {
            return new PlanScope("1 = 0", Map.of());
        }
        if (user.dataScope() == DataScope.ALL) {
            return new PlanScope("1 = 1", Map.of());
        }
        if (user.dataScope() == DataScope.ENTERPRISE) {
            return user.enterpriseId() == null
                    ? new PlanScope("1 = 0", Map.of())
                    : new PlanScope(
                            "ep.enterprise_id = :planEnterprise and ep.approved_number is not null",
                            Map.of("planEnterprise", user.enterpriseId()),
                            "ep.approved_number");
        }
        Map<String, Object> params = new HashMap<>(projects.params());
        String served = projects.ofEnterprise("ep.enterprise_id");
        if (user.dataScope() == DataScope.DEPARTMENT && user.departmentId() != null) {
            params.put("planDepartment", user.departmentId());
            return new PlanScope(served + " or " + OWNS_A_MEASURE, params);
        }
        return new PlanScope(served, params);
    }
}
