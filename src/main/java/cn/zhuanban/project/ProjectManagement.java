package cn.zhuanban.project;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.domain.Project;
import cn.zhuanban.project.domain.ProjectQueries;
import cn.zhuanban.project.domain.ProjectRepository;
import cn.zhuanban.project.domain.ScopeCondition;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of key projects: registering and editing. Editing sees only a project in the user's data scope (in
 * SQL); one outside it is {@link NotFoundException}, like one that does not exist. What a form refers to is checked by
 * {@link ProjectReferences}. Reads are {@link ProjectReads}', pick lists {@link ProjectPickLists}'.
 */
@Service
@Transactional
public class ProjectManagement {

    private final ProjectRepository projects;
    private final ProjectQueries queries;
    private final ProjectReferences references;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectManagement(
            ProjectRepository projects,
            ProjectQueries queries,
            ProjectReferences references,
            ApplicationEventPublisher events,
            Clock clock) {
        this.projects = projects;
        this.queries = queries;
        this.references = references;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A project registered by a user: its enterprise and task force must be ones the user's pick lists offer (an
     * enterprise contact's own enterprise, a task force in the user's scope), which a crafted request could otherwise
     * get past.
     */
    public long create(ProjectForm form, CurrentUser user) {
        references.checkAll(form, user, null, null);
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
        Long currentTaskForce = queries.find(id, ScopeCondition.forProjects(user))
                .orElseThrow(() -> new NotFoundException("project", id))
                .taskForceId();
        Project project = projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
        if (!Objects.equals(form.version(), project.getVersion())) {
            throw new ChangedMeanwhile("project", project.getVersion());
        }
        Project.Details details = details(form);
        references.checkAll(form, user, project.getEnterpriseId(), currentTaskForce);
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
