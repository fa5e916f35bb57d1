package cn.zhuanban.talent.web;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterprise.EnterpriseOption;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectChoice;
import cn.zhuanban.project.ProjectPickLists;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Names of enterprises and projects beside the ids talent data carries, and the choices of the demand form. */
@Component
class TalentNames {

    private final EnterpriseManagement enterprises;
    private final ProjectReads projects;
    private final ProjectPickLists pickLists;

    TalentNames(EnterpriseManagement enterprises, ProjectReads projects, ProjectPickLists pickLists) {
        this.enterprises = enterprises;
        this.projects = projects;
        this.pickLists = pickLists;
    }

    Map<Long, String> enterprises(Collection<Long> ids) {
        return enterprises.namesOf(ids.stream().filter(Objects::nonNull).toList());
    }

    /**
     * Project names for a page of demands: one summary per distinct project, since the project module
     * offers no names-by-ids query yet (replace with one when it does).
     */
    Map<Long, String> projects(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        ids.stream()
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> names.put(
                        id, projects.summary(id).map(ProjectSummary::name).orElse("#" + id)));
        return names;
    }

    /** The project's name for a list's filter label when the user sees it; null otherwise. */
    String visibleProject(Long projectId, CurrentUser user) {
        return projects.visibleNameOf(projectId, user).orElse(null);
    }

    /** The enterprise's name for a list's filter label when the user sees it; null otherwise. */
    String visibleEnterprise(Long enterpriseId, CurrentUser user) {
        return enterprises.visibleNameOf(enterpriseId, user).orElse(null);
    }

    /** Whether the page may link to the project: talent is district-wide, the project's page is not. */
    boolean projectVisible(Long projectId, CurrentUser user) {
        return projectId != null && projects.isVisible(projectId, user);
    }

    /** A page of enterprises to hang a demand or service on, narrowed by the search box, the chosen one kept. */
    List<EnterpriseOption> enterpriseChoices(CurrentUser user, Long selected) {
        return enterprises.choices(user, null, selected);
    }

    /**
     * Projects the user may see (an enterprise contact: their own) to hang a demand on, the chosen one kept; only the
     * chosen enterprise's when one is chosen (audit D11).
     */
    List<ProjectChoice> projectChoices(CurrentUser user, Long selected, Long enterpriseId) {
        return pickLists.choices(user, null, selected, enterpriseId);
    }

    /** The enterprise of a project the user may see, for a form opened from the project; null otherwise. */
    Long enterpriseOf(Long projectId, CurrentUser user) {
        return projectVisible(projectId, user)
                ? projects.summary(projectId).map(ProjectSummary::enterpriseId).orElse(null)
                : null;
    }
}
