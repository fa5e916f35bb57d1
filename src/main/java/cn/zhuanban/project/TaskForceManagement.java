package cn.zhuanban.project;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.domain.ScopeCondition;
import cn.zhuanban.project.domain.TaskForce;
import cn.zhuanban.project.domain.TaskForceQueries;
import cn.zhuanban.project.domain.TaskForceRepository;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.PickList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service task forces: who leads them, who serves the enterprise, which people and departments
 * take part. Membership is what the TASK_FORCE and DEPARTMENT data scopes of projects rest on.
 */
@Service
@Transactional
public class TaskForceManagement {

    /** Task forces a pick list offers before anyone searches. */
    public static final int CHOICES = 50;

    private final TaskForceRepository taskForces;
    private final TaskForceQueries queries;
    private final UserDirectory directory;
    private final DepartmentManagement departments;
    private final ApplicationEventPublisher events;

    TaskForceManagement(
            TaskForceRepository taskForces,
            TaskForceQueries queries,
            UserDirectory directory,
            DepartmentManagement departments,
            ApplicationEventPublisher events) {
        this.taskForces = taskForces;
        this.queries = queries;
        this.directory = directory;
        this.departments = departments;
        this.events = events;
    }

    public long create(TaskForceForm form) {
        checkReferences(form);
        TaskForce taskForce = taskForces.save(TaskForce.create(
                form.name(), form.leadUserId(), form.chiefServiceOfficerId(), form.memberIds(), form.departmentIds()));
        events.publishEvent(
                new TaskForceRegistered(Actor.current(), taskForce.getId(), ChangeSummary.of(taskForce.snapshot())));
        return taskForce.getId();
    }

    public void edit(long id, TaskForceForm form, CurrentUser user) {
        TaskForce taskForce = load(id, user);
        if (!Objects.equals(form.version(), taskForce.getVersion())) {
            throw new ChangedMeanwhile("task force", taskForce.getVersion());
        }
        checkReferences(form);
        Map<String, Object> before = taskForce.snapshot();
        taskForce.organise(
                form.name(), form.leadUserId(), form.chiefServiceOfficerId(), form.memberIds(), form.departmentIds());
        taskForces.save(taskForce);
        events.publishEvent(
                new TaskForceUpdated(Actor.current(), id, ChangeSummary.between(before, taskForce.snapshot())));
    }

    @Transactional(readOnly = true)
    public TaskForceView find(long id, CurrentUser user) {
        TaskForce t = load(id, user);
        Set<Long> people = new HashSet<>(t.memberIds());
        Stream.of(t.getLeadUserId(), t.getChiefServiceOfficerId())
                .filter(Objects::nonNull)
                .forEach(people::add);
        Map<Long, String> names = directory.namesOf(people);
        Map<Long, String> departmentNames = departments.names();
        return new TaskForceView(
                t.getId(),
                t.getName(),
                t.getLeadUserId(),
                names.get(t.getLeadUserId()),
                t.getChiefServiceOfficerId(),
                names.get(t.getChiefServiceOfficerId()),
                named(t.memberIds(), names),
                named(t.departmentIds(), departmentNames),
                t.getVersion());
    }

    @Transactional(readOnly = true)
    public PageResult<TaskForceSummary> search(String q, CurrentUser user, PageQuery page) {
        PageResult<TaskForceQueries.Row> rows = queries.page(q, ScopeCondition.forTaskForces(user), page);
        Map<Long, String> names = directory.namesOf(rows.content().stream()
                .flatMap(r -> Stream.of(r.leadUserId(), r.chiefServiceOfficerId()))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return rows.map(r -> new TaskForceSummary(
                r.id(),
                r.name(),
                names.get(r.leadUserId()),
                names.get(r.chiefServiceOfficerId()),
                r.memberCount(),
                r.departmentCount(),
                r.projectCount()));
    }

    /**
     * Every task force the user sees, by name, unpaged: the meetings page lists the series of all of them (a province
     * has hundreds of task forces, more than a page).
     */
    @Transactional(readOnly = true)
    public List<Named> visible(CurrentUser user) {
        return queries.visibleNames(ScopeCondition.forTaskForces(user));
    }

    /**
     * What a task force pick list offers (a meeting series' task force, a project's): up to {@link #CHOICES} task
     * forces the user sees whose name contains {@code q}, by name, with the {@code selected} one first when it is not
     * among them and the user sees it. A province has hundreds of task forces; the search box beside the list reaches
     * the rest.
     */
    @Transactional(readOnly = true)
    public List<Named> choices(CurrentUser user, String q, Long selected) {
        ScopeCondition scope = ScopeCondition.forTaskForces(user);
        return PickList.keepingChosen(
                queries.choices(LikeText.containing(q), scope, CHOICES),
                selected,
                Named::id,
                id -> queries.choice(id, scope));
    }

    /** Whether the user sees the task force: what a form in his scope may link a record to. */
    @Transactional(readOnly = true)
    public boolean isVisible(long id, CurrentUser user) {
        return queries.visible(id, ScopeCondition.forTaskForces(user));
    }

    /**
     * The name of the task force when the user sees it (the project list's filter label); empty for none, an unknown id
     * or one outside his scope, whose name the label does not give away.
     */
    @Transactional(readOnly = true)
    public Optional<String> visibleNameOf(Long id, CurrentUser user) {
        if (id == null || !isVisible(id, user)) {
            return Optional.empty();
        }
        return Optional.ofNullable(namesOf(List.of(id)).get(id));
    }

    /** Names beside ids regardless of scope, for the audit log, which shows the auditor every record anyway. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return queries.namesOf(ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    private TaskForce load(long id, CurrentUser user) {
        if (!queries.visible(id, ScopeCondition.forTaskForces(user))) {
            throw new NotFoundException("task-force", id);
        }
        return taskForces.findById(id).orElseThrow(() -> new NotFoundException("task-force", id));
    }

    private static List<Named> named(Set<Long> ids, Map<Long, String> names) {
        return ids.stream()
                .map(id -> new Named(id, names.getOrDefault(id, "#" + id)))
                .sorted(Comparator.comparing(Named::name))
                .toList();
    }

    private void checkReferences(TaskForceForm form) {
        checkUser("leadUserId", form.leadUserId());
        checkUser("chiefServiceOfficerId", form.chiefServiceOfficerId());
        Map<Long, String> members = directory.namesOf(form.memberIds());
        form.memberIds().stream()
                .filter(id -> !members.containsKey(id))
                .findFirst()
                .ifPresent(id -> {
                    throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "memberIds", id);
                });
        Map<Long, String> known = departments.names();
        form.departmentIds().stream()
                .filter(id -> !known.containsKey(id))
                .findFirst()
                .ifPresent(id -> {
                    throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "departmentIds", id);
                });
    }

    private void checkUser(String field, Long id) {
        if (id != null && directory.find(id).isEmpty()) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, field, id);
        }
    }
}
