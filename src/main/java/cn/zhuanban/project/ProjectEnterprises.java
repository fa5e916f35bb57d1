package cn.zhuanban.project;

import cn.zhuanban.enterprise.ServedEnterprises;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.domain.ScopeCondition;
import org.springframework.stereotype.Component;

/**
 * The enterprises of the projects in a user's scope, for the enterprise directory: the same project condition as
 * every project query, wrapped as an EXISTS on the project's enterprise index.
 */
@Component
class ProjectEnterprises implements ServedEnterprises {

    @Override
    public Condition of(CurrentUser user) {
        ScopeCondition projects = ScopeCondition.forProjects(user);
        ProjectScope scope = new ProjectScope(projects.sql(), projects.params());
        return new Condition(scope.ofEnterprise("e.id"), scope.params());
    }
}
