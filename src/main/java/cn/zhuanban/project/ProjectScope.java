package cn.zhuanban.project;

import cn.zhuanban.project.domain.ScopeCondition;
import java.util.Map;

/**
 * A user's project data scope as a SQL condition on the {@code project} table aliased {@code p}, for
 * modules whose rows hang off a project (monthly investment, the cockpit, talent demands, enterprise plans) and must
 * filter by the same scope in their own queries instead of loading ids. The text is fixed per scope,
 * never built from input; put it in parentheses and pass the parameters along. {@link #ofProject} and
 * {@link #ofEnterprise} wrap it for a row that names a project or an enterprise, so that no other module repeats how
 * the scope reaches the project table.
 */
public record ProjectScope(String sql, Map<String, Object> params) {

    public ProjectScope {
        params = Map.copyOf(params);
    }

    /** Whether the scope is the whole district: callers may then leave the condition out altogether. */
    public boolean everything() {
        return ScopeCondition.EVERYTHING.sql().equals(sql);
    }

    /**
     * The condition that the project named in {@code projectColumn} (a column of the caller's own query, fixed in its
     * code) is in scope: a lookup by primary key per row, no join that could multiply the rows.
     */
    public String ofProject(String projectColumn) {
        return "exists (select 1 from project p where p.id = " + projectColumn + " and (" + sql + "))";
    }

    /**
     * The condition that the enterprise named in {@code enterpriseColumn} (fixed in the caller's code) has a project
     * in scope: what enterprise plans and the enterprise directory of a lead official, a task force or a department
     * follow. The project's enterprise index answers it.
     */
    public String ofEnterprise(String enterpriseColumn) {
        return "exists (select 1 from project p where p.enterprise_id = " + enterpriseColumn + " and (" + sql + "))";
    }
}
