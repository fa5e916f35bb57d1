package cn.zhuanban.schedule;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.schedule.domain.ProjectPlanRepository;
import cn.zhuanban.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each project's stored plan. Every change is scheduled before it is saved, so a change that would make a cycle or
 * bad input is refused and nothing is stored; after saving, the project's light follows the schedule. Visibility is
 * the project module's data scope: a plan of a project outside it is not found. The table's own edits go through
 * {@link #edit} from {@link PlanTableEditing} and {@link PlanRowEditing}.
 */
@Service
@Transactional
public class PlanManagement {

    /** The version of a plan not stored yet, as a caller that saw none gives it: refused once someone stored one. */
    public static final int NOT_STORED = -1;

    private final ProjectPlanRepository plans;
    private final ProjectReads projects;
    private final Scheduling scheduling;
    private final PlanLights lights;
    private final TargetFixing fixing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanManagement(
            ProjectPlanRepository plans,
            ProjectReads projects,
            Scheduling scheduling,
            PlanLights lights,
            TargetFixing fixing,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.scheduling = scheduling;
        this.lights = lights;
        this.fixing = fixing;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PlanSheet sheet(long projectId, CurrentUser user) {
        ProjectView project = projects.find(projectId, user);
        ProjectPlan plan = load(project);
        return PlanSheets.of(plan, project.name(), schedule(plan));
    }

    /** The stored plan of a project the caller may see, without a user: for the battle map's own scoped queries. */
    @Transactional(readOnly = true)
    public PlanSheet sheetOfVisible(long projectId, String projectName) {
        return plans.findByProjectId(projectId)
                .map(plan -> PlanSheets.of(plan, projectName, schedule(plan)))
                .orElse(null);
    }

    /** The stored plan (or a fresh one) of a project the user may see. */
    ProjectPlan stored(long projectId, CurrentUser user) {
        return load(projects.find(projectId, user));
    }

    PlanSheet edit(
            long projectId,
            CurrentUser user,
            Integer version,
            String action,
            String summary,
            Consumer<ProjectPlan> change) {
        return edit(projectId, user, version, action, plan -> summary, change);
    }

    /**
     * An edit whose summary is written from the plan before the change, so that it can say what the value was. The
     * {@code version} is the one the caller saw ({@link #NOT_STORED} for a plan not stored yet): another one is
     * refused as a change made meanwhile; null, for internal callers only, skips the check.
     */
    PlanSheet edit(
            long projectId,
            CurrentUser user,
            Integer version,
            String action,
            Function<ProjectPlan, String> summary,
            Consumer<ProjectPlan> change) {
        ProjectView project = projects.find(projectId, user);
        ProjectPlan plan = load(project);
        Integer stored = plan.getVersion() == null ? NOT_STORED : plan.getVersion();
        if (version != null && !Objects.equals(version, stored)) {
            throw new OptimisticLockingFailureException("plan changed by someone else");
        }
        return save(plan, project.name(), action, summary, change);
    }

    /**
     * Changes a project's stored plan for a caller that has checked its own scope (a service checklist item finished by
     * the department that answers for it); null, changing nothing, when the project has no plan.
     */
    PlanSheet editStored(long projectId, String action, String summary, Consumer<ProjectPlan> change) {
        return plans.findByProjectId(projectId)
                .map(plan -> save(plan, projectName(projectId), action, p -> summary, change))
                .orElse(null);
    }

    /** A project's stored plan as it is, or null: for its listeners, which change it through editStored. */
    ProjectPlan stored(long projectId) {
        return plans.findByProjectId(projectId).orElse(null);
    }

    /**
     * How many days the stored plan's schedule reaches outside the calendars' range (0 within it, or without a plan).
     * An edit may not push a plan further out than that ({@link ScheduleRange}), but a plan already out (its target
     * moved, today passed its data date) stays open to every edit that does not make it worse, the mending ones above
     * all, while its page says what is wrong.
     */
    private long storedOutside(long projectId) {
        return plans.findByProjectId(projectId)
                .map(stored -> ScheduleRange.outside(schedule(stored)))
                .map(ScheduleRange::days)
                .orElse(0L);
    }

    /** A row of a project's stored plan, or null without a plan or such a row. */
    PlanRow storedRow(long projectId, String key) {
        return plans.findByProjectId(projectId).map(plan -> plan.find(key)).orElse(null);
    }

    private PlanSheet save(
            ProjectPlan plan,
            String projectName,
            String action,
            Function<ProjectPlan, String> summary,
            Consumer<ProjectPlan> change) {
        String written = summary.apply(plan); // null: the edit changes nothing and is not audited
        String text = UndoMark.summary(written == null ? "" : written);
        // the begun months keep the targets the plan proposed before this change (see TargetFixing)
        fixing.beforeChange(plan, () -> PlanSheets.of(plan, projectName, schedule(plan)));
        change.accept(plan);
        TypedRows.checkDates(plan);
        ScheduleView schedule = schedule(plan); // refuses cycles and bad input before anything is saved
        ScheduleRange outside = ScheduleRange.outside(schedule);
        if (outside != null && outside.days() > storedOutside(plan.getProjectId())) {
            throw outside.refusal();
        }
        ProjectPlan saved = plans.save(plan);
        if (written != null) {
            events.publishEvent(new PlanChanged(Actor.current(), action, plan.getProjectId(), text));
        }
        PlanSheet sheet = PlanSheets.of(saved, projectName, schedule);
        lights.update(plan.getProjectId(), sheet);
        return sheet;
    }

    private String projectName(long projectId) {
        return projects.summary(projectId)
                .map(cn.zhuanban.project.ProjectSummary::name)
                .orElse("");
    }

    /**
     * Reschedules a stored plan as of today and sets the project's light, without a user: for the daily job, which
     * has no one's scope. Returns false when the project has no plan.
     */
    public boolean refreshLights(long projectId) {
        return plans.findByProjectId(projectId)
                .map(plan -> {
                    lights.update(projectId, PlanSheets.of(plan, projectName(projectId), schedule(plan)));
                    return true;
                })
                .orElse(false);
    }

    WorkingCalendar calendarOf(PlanSheet sheet) {
        return plans.findByProjectId(sheet.projectId())
                .map(scheduling::calendarOf)
                .orElseGet(() -> scheduling.construction(false));
    }

    ScheduleView schedule(ProjectPlan plan) {
        return schedule(plan, LocalDate.now(clock));
    }

    /** The plan scheduled as of {@code today} (see {@link PlanRequests#of(ProjectPlan, LocalDate)}). */
    ScheduleView schedule(ProjectPlan plan, LocalDate today) {
        return schedule(plan, today, scheduling.calendarOf(plan));
    }

    /** As {@link #schedule(ProjectPlan, LocalDate)} on the plan's calendar already at hand. */
    ScheduleView schedule(ProjectPlan plan, LocalDate today, WorkingCalendar calendar) {
        return ScheduleViews.of(scheduling.run(PlanRequests.of(plan, today), calendar));
    }

    private ProjectPlan load(ProjectView project) {
        return plans.findByProjectId(project.id())
                .orElseGet(() -> ProjectPlan.start(
                        project.id(),
                        project.start() != null ? project.start() : LocalDate.now(clock),
                        project.targetFinish()));
    }
}
