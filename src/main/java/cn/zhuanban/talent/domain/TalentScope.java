package cn.zhuanban.talent.domain;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectScope;
import java.util.Map;

/**
 * The data scope on demands as SQL over the demand alias {@code d}, following the project scope: a demand is a
 * project's need, so a lead official, a task-force member or a department handler sees the demands of the projects in
 * his scope (MISSION: a department sees what is assigned to it, nothing else), and a demand without a project, the
 * enterprise's own, belongs to nobody's project. An enterprise contact sees his enterprise's demands, with or without
 * a project. The whole district sees all, and so do the offices that recruit, those who work with the candidate
 * pool ({@code talent:candidate:view} or {@code :edit}): they fill demands for the whole district, and matching,
 * events and services name any of them. The texts are fixed; never built from input.
 */
public record TalentScope(String sql, Map<String, Object> params, boolean enterprise, boolean projectsOnly) {

    private static final TalentScope EVERYTHING = new TalentScope("1 = 1", Map.of(), false, false);
    private static final TalentScope NOTHING = new TalentScope("1 = 0", Map.of(), false, false);

    public TalentScope {
        params = Map.copyOf(params);
    }

    /** Whether the user's scope is determined by projects, so that he needs no project scope computed. */
    public static boolean needsProjects(CurrentUser user) {
        return user.dataScope() != null
                && user.dataScope() != DataScope.ALL
                && user.dataScope() != DataScope.ENTERPRISE
                && !recruits(user);
    }

    /** {@code projects}: the user's project scope; read only when {@link #needsProjects} says so. */
    public static TalentScope of(CurrentUser user, ProjectScope projects) {
        if (user.dataScope() == null) {
            return NOTHING;
        }
        if (user.dataScope() == DataScope.ENTERPRISE) {
            return user.enterpriseId() == null
                    ? NOTHING
                    : new TalentScope(
                            "d.enterprise_id = :scopeEnterprise",
                            Map.of("scopeEnterprise", user.enterpriseId()),
                            true,
                            false);
        }
        if (!needsProjects(user) || projects.everything()) {
            return EVERYTHING;
        }
        return new TalentScope(projects.ofProject("d.project_id"), projects.params(), false, true);
    }

    /** The offices that recruit for the whole district. */
    private static boolean recruits(CurrentUser user) {
        return user.can(Permissions.TALENT_CANDIDATE_VIEW) || user.can(Permissions.TALENT_CANDIDATE_EDIT);
    }

    public boolean isEnterprise() {
        return enterprise;
    }

    /** A demand this user records must name one of his projects, or he would not see it afterwards. */
    public boolean needsProject() {
        return projectsOnly;
    }
}
