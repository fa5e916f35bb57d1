package cn.zhuanban.serviceevaluation;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.project.TaskForceView;
import cn.zhuanban.serviceevaluation.domain.EvaluationRow;
import cn.zhuanban.serviceevaluation.domain.EvaluationStore;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise contact rates his project's service, once per month: a second rating in the month replaces the
 * first (each change audited). Only the contacts of the project's own enterprise rate it; another enterprise's
 * project is not found, as everywhere. A dissatisfied rating must say why and is told to the people who answer for
 * the service.
 */
@Service
@Transactional
public class ServiceEvaluationManagement {

    private final EvaluationStore store;
    private final ProjectReads projects;
    private final TaskForceManagement taskForces;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceEvaluationManagement(
            EvaluationStore store,
            ProjectReads projects,
            TaskForceManagement taskForces,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.projects = projects;
        this.taskForces = taskForces;
        this.events = events;
        this.clock = clock;
    }

    /** This month's rating of the project, given or changed; returns its id. */
    public long rate(long projectId, EvaluationForm form, CurrentUser user) {
        return record(projectId, YearMonth.now(clock), form, user);
    }

    /**
     * A rating of an earlier month, as it was given then: the demo district's history, or a district moving its
     * paper satisfaction surveys onto the platform. The same rules as this month's.
     */
    public long recordEarlier(long projectId, YearMonth month, EvaluationForm form, CurrentUser user) {
        if (!month.isBefore(YearMonth.now(clock))) {
            throw BusinessException.invalid("month", "evaluation.month.earlier", month);
        }
        return record(projectId, month, form, user);
    }

    private long record(long projectId, YearMonth month, EvaluationForm form, CurrentUser user) {
        ProjectView project = ownProject(projectId, user);
        if (project.taskForceId() == null) {
            throw BusinessException.invalid("rating", "evaluation.no-task-force", project.name());
        }
        if (form.rating() == ServiceRating.DISSATISFIED && form.comment() == null) {
            throw BusinessException.invalid("comment", "evaluation.comment.required");
        }
        TaskForceView taskForce = taskForces.find(project.taskForceId(), user);
        Optional<EvaluationRow> before = store.find(projectId, month);
        EvaluationRow after = row(before, project, taskForce, month, form, user);
        long id;
        if (before.isEmpty()) {
            id = insert(after);
            events.publishEvent(new ServiceEvaluated(
                    Actor.current(), "service-evaluation.rated", id, projectId, ChangeSummary.of(after.snapshot())));
        } else {
            if (!Objects.equals(form.version(), before.get().version())) {
                throw new OptimisticLockingFailureException(
                        "service_evaluation " + before.get().id());
            }
            store.update(after);
            id = after.id();
            events.publishEvent(new ServiceEvaluated(
                    Actor.current(),
                    "service-evaluation.changed",
                    id,
                    projectId,
                    ChangeSummary.between(before.get().snapshot(), after.snapshot())));
        }
        boolean newlyDissatisfied = form.rating() == ServiceRating.DISSATISFIED
                && before.map(b -> b.rating() != ServiceRating.DISSATISFIED).orElse(true);
        if (newlyDissatisfied) {
            int revision = before.map(b -> b.revision() + 1).orElse(1);
            events.publishEvent(dissatisfied(id, revision, project, taskForce, month, form.comment()));
        }
        return id;
    }

    /** The project, if it is one of the user's own enterprise: staff, even with the permission, rate nothing. */
    ProjectView ownProject(long projectId, CurrentUser user) {
        if (user.enterpriseId() == null) {
            throw new BusinessException(ErrorCode.FORBIDDEN, (String) null);
        }
        ProjectView project = projects.find(projectId, user);
        if (project.enterpriseId() != user.enterpriseId()) {
            throw new NotFoundException("project", projectId);
        }
        return project;
    }

    private long insert(EvaluationRow row) {
        try {
            return store.insert(row);
        } catch (DuplicateKeyException e) {
            // Another contact of the enterprise rated the month meanwhile: his rating is shown, not overwritten.
            throw new OptimisticLockingFailureException("service_evaluation of project " + row.projectId(), e);
        }
    }

    private EvaluationRow row(
            Optional<EvaluationRow> before,
            ProjectView project,
            TaskForceView taskForce,
            YearMonth month,
            EvaluationForm form,
            CurrentUser user) {
        return new EvaluationRow(
                before.map(EvaluationRow::id).orElse(null),
                project.id(),
                month,
                project.enterpriseId(),
                taskForce.id(),
                taskForce.chiefServiceOfficerId(),
                form.rating(),
                form.responsiveness(),
                form.problemSolving(),
                form.attitude(),
                form.comment(),
                user.id(),
                clock.instant(),
                before.map(EvaluationRow::revision).orElse(1),
                before.map(EvaluationRow::version).orElse(0),
                null,
                null);
    }

    private static ServiceDissatisfied dissatisfied(
            long id, int revision, ProjectView project, TaskForceView taskForce, YearMonth month, String comment) {
        List<Long> recipients = Stream.of(
                        taskForce.leadUserId(), taskForce.chiefServiceOfficerId(), project.leadOfficialId())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new ServiceDissatisfied(
                id, revision, project.id(), project.name(), taskForce.name(), month, comment, recipients);
    }
}
