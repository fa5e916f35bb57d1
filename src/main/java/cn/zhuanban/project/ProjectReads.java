package cn.zhuanban.project;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterprise.EnterpriseOption;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.project.domain.LightReasonText;
import cn.zhuanban.project.domain.ProjectQueries;
import cn.zhuanban.project.domain.ProjectRow;
import cn.zhuanban.project.domain.ScopeCondition;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the register of key projects: a project, the ledger's pages, and the questions every other module asks (is
 * this project visible to this user, its summary, the user's scope as SQL). Data scope runs in SQL; a project outside
 * it is {@link NotFoundException}, like one that does not exist. Registering and editing are
 * {@link ProjectManagement}'s, pick lists {@link ProjectPickLists}'.
 */
@Service
@Transactional(readOnly = true)
public class ProjectReads {

    static final int ENTERPRISE_MATCHES = 200;

    private final ProjectQueries queries;
    private final EnterpriseManagement enterprises;
    private final UserDirectory directory;
    private final LightReasonText reasons;

    ProjectReads(
            ProjectQueries queries,
            EnterpriseManagement enterprises,
            UserDirectory directory,
            LightReasonText reasons) {
        this.queries = queries;
        this.enterprises = enterprises;
        this.directory = directory;
        this.reasons = reasons;
    }

    public ProjectView find(long id, CurrentUser user) {
        ProjectRow row = queries.find(id, ScopeCondition.forProjects(user))
                .orElseThrow(() -> new NotFoundException("project", id));
        return row.view(enterprises.namesOf(List.of(row.enterpriseId())), people(List.of(row)), reasons);
    }

    public PageResult<ProjectSummary> search(ProjectFilter filter, CurrentUser user, PageQuery page) {
        PageResult<ProjectRow> rows = rows(filter, user, page);
        return rows.map(summaries(rows.content()));
    }

    /**
     * A page of the ledger as its export writes it: the list's filters and scope, with what the import template asks
     * for beside it (the enterprise's credit code, location, scope of work), so that the file imports as it is. The
     * enterprises and lead officials are looked up once per page.
     */
    public PageResult<ProjectLedgerRow> ledger(ProjectFilter filter, CurrentUser user, PageQuery page) {
        PageResult<ProjectRow> rows = rows(filter, user, page);
        Map<Long, EnterpriseOption> ofEnterprise = enterprises.optionsOf(
                rows.content().stream().map(ProjectRow::enterpriseId).toList());
        Map<Long, String> enterpriseNames = new HashMap<>();
        ofEnterprise.forEach((id, e) -> enterpriseNames.put(id, e.name()));
        Map<Long, UserView> people = people(rows.content());
        return rows.map(row -> new ProjectLedgerRow(
                row.summary(enterpriseNames, people, reasons),
                ofEnterprise.get(row.enterpriseId()).creditCode(),
                row.location(),
                row.description()));
    }

    public boolean isVisible(long projectId, CurrentUser user) {
        return queries.visible(projectId, ScopeCondition.forProjects(user));
    }

    /**
     * The project's name when it is in the user's scope, empty otherwise: what a list filtered by a project may print
     * beside the filter, without reading out the names of projects the list (rightly) leaves out.
     */
    public Optional<String> visibleNameOf(Long id, CurrentUser user) {
        return id == null
                ? Optional.empty()
                : queries.find(id, ScopeCondition.forProjects(user)).map(ProjectRow::name);
    }

    /** A project's summary regardless of any user's scope: for modules that checked visibility already. */
    public Optional<ProjectSummary> summary(long id) {
        return queries.find(id, ScopeCondition.EVERYTHING)
                .map(row -> summaries(List.of(row)).apply(row));
    }

    /** Names beside ids regardless of scope, for the audit log, which shows the auditor every record anyway. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return queries.namesOf(ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    /** The user's scope as SQL on {@code project p}, for modules that aggregate rows of projects. */
    public ProjectScope scope(CurrentUser user) {
        ScopeCondition condition = ScopeCondition.forProjects(user);
        return new ProjectScope(condition.sql(), condition.params());
    }

    /** A page of the ledger's rows: the list's filters (the enterprise's name among them) within the user's scope. */
    private PageResult<ProjectRow> rows(ProjectFilter filter, CurrentUser user, PageQuery page) {
        return queries.page(
                filter,
                enterprises.idsMatching(filter.q(), ENTERPRISE_MATCHES),
                ScopeCondition.forProjects(user),
                page);
    }

    /** Summaries of these rows: their enterprises' names and their people looked up once for them all. */
    private Function<ProjectRow, ProjectSummary> summaries(List<ProjectRow> rows) {
        Map<Long, String> enterpriseNames =
                enterprises.namesOf(rows.stream().map(ProjectRow::enterpriseId).toList());
        Map<Long, UserView> people = people(rows);
        return row -> row.summary(enterpriseNames, people, reasons);
    }

    /** The lead officials and chief service officers of these rows by id, in one query (names and phones). */
    private Map<Long, UserView> people(List<ProjectRow> rows) {
        List<Long> ids = rows.stream()
                .flatMap(row -> Stream.of(row.leadOfficialId(), row.chiefServiceOfficerId()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, UserView> people = new HashMap<>();
        directory.findAll(ids).forEach(person -> people.put(person.id(), person));
        return people;
    }
}
