package cn.zhuanban.industry.web;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterprise.EnterpriseOption;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectChoice;
import cn.zhuanban.project.ProjectPickLists;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Names of the enterprises and projects attached to a node, and what can be attached, read through
 * the enterprise and project modules' APIs. The chain map is district-wide planning data, so the
 * names of attached projects are shown to everyone who may see chains.
 */
@Component
class MemberNames {

    private final EnterpriseManagement enterprises;
    private final ProjectReads projects;
    private final ProjectPickLists pickLists;

    MemberNames(EnterpriseManagement enterprises, ProjectReads projects, ProjectPickLists pickLists) {
        this.enterprises = enterprises;
        this.projects = projects;
        this.pickLists = pickLists;
    }

    Map<Long, String> enterprises(Collection<Long> ids) {
        Map<Long, String> names = enterprises.namesOf(ids);
        Map<Long, String> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, names.getOrDefault(id, "#" + id)));
        return ordered;
    }

    /** A node has a handful of projects; one summary each. */
    Map<Long, String> projects(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        ids.forEach(id ->
                names.put(id, projects.summary(id).map(ProjectSummary::name).orElse("#" + id)));
        return names;
    }

    /** A page of enterprises to attach, narrowed by the search box beside the list. */
    List<EnterpriseOption> enterpriseChoices(CurrentUser user) {
        return enterprises.choices(user, null, null);
    }

    List<ProjectChoice> projectChoices(CurrentUser user) {
        return pickLists.choices(user, null, null);
    }

    void checkEnterprise(long id) {
        if (!enterprises.exists(id)) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "enterpriseId", id);
        }
    }

    void checkProject(long id) {
        if (projects.summary(id).isEmpty()) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "projectId", id);
        }
    }
}
