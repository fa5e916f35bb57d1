package cn.zhuanban.project;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.domain.ProjectQueries;
import cn.zhuanban.project.domain.ScopeCondition;
import cn.zhuanban.shared.PageQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project pick lists of every form and filter that chooses a project, in the user's data scope (in SQL). Apart
 * from {@link ProjectReads}: a pick list asks two light queries on every page view, not the summaries a list shows.
 */
@Service
@Transactional(readOnly = true)
public class ProjectPickLists {

    private final ProjectQueries queries;
    private final EnterpriseManagement enterprises;

    ProjectPickLists(ProjectQueries queries, EnterpriseManagement enterprises) {
        this.queries = queries;
        this.enterprises = enterprises;
    }

    /**
     * What a project pick list offers: up to a page of the user's projects by name whose name or code (or
     * enterprise) matches {@code q}, all when blank, with the {@code selected} one first when it is visible but not
     * among them. A form that edits a record must list its project, or saving would drop it; a province has
     * thousands of projects. Two light queries and the enterprise names: the ticket list renders it on every view.
     */
    public List<ProjectChoice> choices(CurrentUser user, String q, Long selected) {
        return choices(user, q, selected, null);
    }

    /** As above, only the projects of {@code enterpriseId} when given (a form whose enterprise is chosen first). */
    public List<ProjectChoice> choices(CurrentUser user, String q, Long selected, Long enterpriseId) {
        ScopeCondition scope = ScopeCondition.forProjects(user);
        ProjectFilter filter = new ProjectFilter(q, null, null, null, enterpriseId, null, null);
        List<ProjectQueries.ChoiceRow> rows = new ArrayList<>(queries.choices(
                filter, enterprises.idsMatching(q, ProjectReads.ENTERPRISE_MATCHES), scope, PageQuery.MAX_SIZE));
        if (selected != null && rows.stream().noneMatch(r -> r.id() == selected)) {
            queries.choice(selected, scope).ifPresent(r -> rows.addFirst(r));
        }
        Map<Long, String> enterpriseNames = enterprises.namesOf(
                rows.stream().map(ProjectQueries.ChoiceRow::enterpriseId).toList());
        return rows.stream()
                .map(r -> ProjectChoice.of(r.id(), r.name(), enterpriseNames.get(r.enterpriseId())))
                .toList();
    }
}
