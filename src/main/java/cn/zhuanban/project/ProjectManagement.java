package cn.zhuanban.project;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterprise.EnterpriseOption;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.project.domain.LightReasonText;
import cn.zhuanban.project.domain.Project;
import cn.zhuanban.project.domain.ProjectQueries;
import cn.zhuanban.project.domain.ProjectRepository;
import cn.zhuanban.project.domain.ProjectRow;
import cn.zhuanban.project.domain.ScopeCondition;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of key projects: registering and editing, and the scoped queries every other
 * module asks (is this project visible to this user, its summary, how many are red). Data scope
 * runs in SQL; a project outside it is {@link NotFoundException}, like one that does not exist. What a form refers to
 * is checked by {@link ProjectReferences}.
 */
@Service
@Transactional
public class ProjectManagement {

    private static final int ENTERPRISE_MATCHES = 200;

    private final ProjectRepository projects;
    private final ProjectQueries queries;
    private final ProjectReferences references;
    private final EnterpriseManagement enterprises;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final LightReasonText reasons;
    private final Clock clock;

    ProjectManagement(
            ProjectRepository projects,
            ProjectQueries queries,
            ProjectReferences references,
            EnterpriseManagement enterprises,
            UserDirectory directory,
            ApplicationEventPublisher events,
            LightReasonText reasons,
            Clock clock) {
        this.projects = projects;
        this.queries = queries;
        this.references = references;
        this.enterprises = enterprises;
        this.directory = directory;
        this.events = events;
        this.reasons = reasons;
        this.clock = clock;
    }

    /**
     * A project registered by a user: its enterprise and task force must be ones the user's pick lists offer (an
     * enterprise contact's own enterprise, a task force in the user's scope), which a crafted request could otherwise
     * get past.
     */
    public long create(ProjectForm form, CurrentUser user) {
        references.checkChoosable(form.enterpriseId(), null, user);
        references.checkTaskForceChoosable(form.taskForceId(), null, user);
        return create(form);
    }

    /** A project registered by the platform itself (a lead converted, the demo): no user's pick list applies. */
    public long create(ProjectForm form) {
        Project.Details details = details(form);
        references.checkReferences(form);
        references.checkCodeFree(details.code(), null);
        return createChecked(List.of(form), Actor.current()).getFirst();
    }

    /**
     * Registers projects whose enterprise, lead official, task force and code the caller checked, as {@link #create}
     * does after its checks: one batch of inserts, then each project's events. For an import, which looks up a whole
     * file's enterprises, lead officials and codes at once instead of row by row, and which runs in the background in
     * its requester's name ({@code actor}).
     */
    List<Long> createChecked(List<ProjectForm> forms, Actor actor) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        forms.forEach(form -> StageDates.check(null, form.stage(), form.start(), null, today));
        List<Project> saved = projects.saveAll(
                forms.stream().map(form -> Project.register(details(form), now)).toList());
        return saved.stream().map(project -> registered(project, today, actor)).toList();
    }

    private long registered(Project project, LocalDate today, Actor actor) {
        events.publishEvent(new ProjectRegistered(
                actor,
                project.getId(),
                project.getEnterpriseId(),
                project.getName(),
                ChangeSummary.of(project.snapshot())));
        LocalDate startedOn = StageDates.startedOn(
                project.getStage(), (LocalDate) project.snapshot().get("start"), null);
        events.publishEvent(new ProjectStageChanged(project.getId(), null, project.getStage(), today, null, startedOn));
        return project.getId();
    }

    public void edit(long id, ProjectForm form, CurrentUser user) {
        edit(id, form, null, user);
    }

    /**
     * Edits the project; a change of stage is dated {@code stageOn} (the actual start of construction or of
     * production, which the plan's stage goal and the lead take over), else today. A date after today is refused, and
     * so are a started stage before the start date and production before it ({@link StageDates}).
     */
    public void edit(long id, ProjectForm form, LocalDate stageOn, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        if (stageOn != null && stageOn.isAfter(today)) {
            throw new BusinessException(ErrorCode.PROJECT_STAGE_DATE, "stageOn");
        }
        Long currentTaskForce = find(id, user).taskForceId();
        Project project = projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
        if (!Objects.equals(form.version(), project.getVersion())) {
            throw new ChangedMeanwhile("project", project.getVersion());
        }
        Project.Details details = details(form);
        references.checkTaskForceChoosable(form.taskForceId(), currentTaskForce, user);
        references.checkReferences(form);
        references.checkChoosable(form.enterpriseId(), project.getEnterpriseId(), user);
        references.checkCodeFree(details.code(), id);
        Map<String, Object> before = project.snapshot();
        StageDates.Before was =
                new StageDates.Before((ProjectStage) before.get("stage"), (LocalDate) before.get("start"));
        StageDates.check(was, form.stage(), form.start(), stageOn, today);
        project.describe(details, clock.instant());
        projects.save(project);
        Map<String, Object> after = project.snapshot();
        events.publishEvent(new ProjectUpdated(Actor.current(), id, ChangeSummary.between(before, after)));
        boolean startMoved = !Objects.equals(before.get("start"), after.get("start"));
        boolean targetMoved = !Objects.equals(before.get("targetFinish"), after.get("targetFinish"));
        if (startMoved || targetMoved) {
            events.publishEvent(new ProjectDatesChanged(
                    Actor.current(),
                    id,
                    startMoved ? (LocalDate) after.get("start") : null,
                    targetMoved ? (LocalDate) after.get("targetFinish") : null));
        }
        if (before.get("stage") != form.stage()) {
            events.publishEvent(new ProjectStageChanged(
                    id,
                    (ProjectStage) before.get("stage"),
                    form.stage(),
                    stageOn == null ? today : stageOn,
                    user.id(),
                    StageDates.startedOn(form.stage(), form.start(), stageOn)));
        }
    }

    @Transactional(readOnly = true)
    public ProjectView find(long id, CurrentUser user) {
        ProjectRow row = queries.find(id, ScopeCondition.forProjects(user))
                .orElseThrow(() -> new NotFoundException("project", id));
        return row.view(enterprises.namesOf(List.of(row.enterpriseId())), people(List.of(row)), reasons);
    }

    @Transactional(readOnly = true)
    public PageResult<ProjectSummary> search(ProjectFilter filter, CurrentUser user, PageQuery page) {
        PageResult<ProjectRow> rows = queries.page(
                filter,
                enterprises.idsMatching(filter.q(), ENTERPRISE_MATCHES),
                ScopeCondition.forProjects(user),
                page);
        return rows.map(summaries(rows.content()));
    }

    /**
     * A page of the ledger as its export writes it: the list's filters and scope, with what the import template asks
     * for beside it (the enterprise's credit code, location, scope of work), so that the file imports as it is. The
     * enterprises and lead officials are looked up once per page.
     */
    @Transactional(readOnly = true)
    public PageResult<ProjectLedgerRow> ledger(ProjectFilter filter, CurrentUser user, PageQuery page) {
        PageResult<ProjectRow> rows = queries.page(
                filter,
                enterprises.idsMatching(filter.q(), ENTERPRISE_MATCHES),
                ScopeCondition.forProjects(user),
                page);
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

    /**
     * What a project pick list offers: up to a page of the user's projects by name whose name or code (or
     * enterprise) matches {@code q}, all when blank, with the {@code selected} one first when it is visible but not
     * among them. A form that edits a record must list its project, or saving would drop it; a province has
     * thousands of projects. Two light queries and the enterprise names: the ticket list renders it on every view.
     */
    @Transactional(readOnly = true)
    public List<ProjectChoice> choices(CurrentUser user, String q, Long selected) {
        return choices(user, q, selected, null);
    }

    /** As above, only the projects of {@code enterpriseId} when given (a form whose enterprise is chosen first). */
    @Transactional(readOnly = true)
    public List<ProjectChoice> choices(CurrentUser user, String q, Long selected, Long enterpriseId) {
        ScopeCondition scope = ScopeCondition.forProjects(user);
        ProjectFilter filter = new ProjectFilter(q, null, null, null, enterpriseId, null, null);
        List<ProjectQueries.ChoiceRow> rows = new ArrayList<>(
                queries.choices(filter, enterprises.idsMatching(q, ENTERPRISE_MATCHES), scope, PageQuery.MAX_SIZE));
        if (selected != null && rows.stream().noneMatch(r -> r.id() == selected)) {
            queries.choice(selected, scope).ifPresent(r -> rows.addFirst(r));
        }
        Map<Long, String> enterpriseNames = enterprises.namesOf(
                rows.stream().map(ProjectQueries.ChoiceRow::enterpriseId).toList());
        return rows.stream()
                .map(r -> ProjectChoice.of(r.id(), r.name(), enterpriseNames.get(r.enterpriseId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean isVisible(long projectId, CurrentUser user) {
        return queries.visible(projectId, ScopeCondition.forProjects(user));
    }

    /** A project's summary regardless of any user's scope: for modules that checked visibility already. */
    @Transactional(readOnly = true)
    public Optional<ProjectSummary> summary(long id) {
        return queries.find(id, ScopeCondition.EVERYTHING)
                .map(row -> summaries(List.of(row)).apply(row));
    }

    /** Names beside ids regardless of scope, for the audit log, which shows the auditor every record anyway. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return queries.namesOf(ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    /** The user's scope as SQL on {@code project p}, for modules that aggregate rows of projects. */
    public ProjectScope scope(CurrentUser user) {
        ScopeCondition condition = ScopeCondition.forProjects(user);
        return new ProjectScope(condition.sql(), condition.params());
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

    private static Project.Details details(ProjectForm form) {
        ProjectCode code = ProjectCode.parseOptional(form.projectCode());
        return new Project.Details(
                form.name(),
                code,
                form.enterpriseId(),
                form.level(),
                form.stage(),
                form.totalInvestment(),
                form.start(),
                form.targetFinish(),
                form.leadOfficialId(),
                form.taskForceId(),
                form.location(),
                form.description());
    }
}
