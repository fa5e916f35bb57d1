package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.meeting.domain.ContactScope;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.Pages;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A user's contact scope from the project module's data scope: the enterprises of the projects he
 * sees (a district has hundreds of projects, so the id list stays small), besides his own entries.
 */
@Component
class ContactScopes {

    private final ProjectReads projects;

    ContactScopes(ProjectReads projects) {
        this.projects = projects;
    }

    ContactScope of(CurrentUser user) {
        if (user.dataScope() == DataScope.ALL) {
            return new ContactScope(true, user.id(), Set.of());
        }
        Set<Long> enterprises = new HashSet<>();
        Pages.each(slice -> projects.search(ProjectFilter.NONE, user, slice), p -> enterprises.add(p.enterpriseId()));
        return new ContactScope(false, user.id(), enterprises);
    }
}
