package cn.zhuanban.talent;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectScope;
import cn.zhuanban.talent.domain.TalentScope;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A user's {@link TalentScope}, with the project scope taken from the project module (the same SQL its own lists
 * use), and only for the users whose demands it decides.
 */
@Component
class DemandScopes {

    private static final ProjectScope UNUSED = new ProjectScope("1 = 0", Map.of());

    private final ProjectReads projects;

    DemandScopes(ProjectReads projects) {
        this.projects = projects;
    }

    TalentScope of(CurrentUser user) {
        return TalentScope.of(user, TalentScope.needsProjects(user) ? projects.scope(user) : UNUSED);
    }
}
