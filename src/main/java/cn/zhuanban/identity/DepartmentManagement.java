package cn.zhuanban.identity;

import cn.zhuanban.identity.domain.Department;
import cn.zhuanban.identity.domain.DepartmentRepository;
import cn.zhuanban.identity.domain.UserRepository;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.NotFoundException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department tree, kept by the system administrator; read by every module. */
@Service
@Transactional
public class DepartmentManagement {

    public record DepartmentForm(
            Long parentId,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String name,

            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "[A-Za-z0-9_-]{1,50}", message = "{validation.code}")
            String code,

            int sortOrder,
            int version,
            Long headUserId) {

        /** Without a head, as seeds and older callers create departments. */
        public DepartmentForm(Long parentId, String name, String code, int sortOrder, int version) {
            this(parentId, name, code, sortOrder, version, null);
        }

        public static final DepartmentForm BLANK = new DepartmentForm(null, null, null, 0, 0);

        /** The form as the edit page opens it. */
        public static DepartmentForm of(DepartmentView d) {
            return new DepartmentForm(d.parentId(), d.name(), d.code(), d.sortOrder(), d.version(), d.headUserId());
        }
    }

    /** The permissions that change a ticket: whoever holds none of them only reads tickets. */
    private static final List<String> TICKET_WORK = List.of(
            Permissions.TICKET_REPORT,
            Permissions.TICKET_DISPATCH,
            Permissions.TICKET_HANDLE,
            Permissions.TICKET_SUSPEND);

    private final DepartmentRepository departments;
    private final UserRepository users;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;

    DepartmentManagement(
            DepartmentRepository departments,
            UserRepository users,
            UserDirectory directory,
            ApplicationEventPublisher events) {
        this.departments = departments;
        this.users = users;
        this.directory = directory;
        this.events = events;
    }

    public long create(DepartmentForm form) {
        checkCodeFree(form.code(), null);
        checkParentExists(form.parentId());
        Department department =
                departments.save(Department.create(form.parentId(), form.name(), form.code(), form.sortOrder()));
        publish("department.created", department.getId(), form.name() + " (" + form.code() + ")");
        return department.getId();
    }

    public void edit(long id, DepartmentForm form) {
        Department department = load(id);
        if (department.getVersion() != form.version()) {
            throw new ChangedMeanwhile("department", department.getVersion());
        }
        checkCodeFree(form.code(), id);
        checkParentExists(form.parentId());
        checkNoCycle(id, form.parentId());
        checkHeadIsMember(id, form.headUserId());
        String before =
                department.getName() + " parent=" + department.getParentId() + " head=" + department.getHeadUserId();
        department.describe(form.parentId(), form.name(), form.code(), form.sortOrder());
        department.appointHead(form.headUserId());
        departments.save(department);
        publish(
                "department.updated",
                id,
                before + " → " + form.name() + " parent=" + form.parentId() + " head=" + form.headUserId());
    }

    public void delete(long id) {
        Department department = load(id);
        if (departments.existsByParentId(id) || users.existsByDepartmentId(id)) {
            throw new BusinessException(ErrorCode.DEPARTMENT_IN_USE, (String) null, department.getName());
        }
        departments.delete(department);
        publish("department.deleted", id, department.getName());
    }

    @Transactional(readOnly = true)
    public List<DepartmentView> tree() {
        List<Department> all = departments.findAll();
        Map<Long, List<Department>> children = all.stream()
                .filter(d -> d.getParentId() != null)
                .collect(Collectors.groupingBy(Department::getParentId));
        List<DepartmentView> ordered = new ArrayList<>();
        all.stream()
                .filter(d -> d.getParentId() == null)
                .sorted(ORDER)
                .forEach(root -> walk(root, 0, children, ordered));
        return ordered;
    }

    /**
     * The tree's departments whose name or code contains the words, in tree order with their depth, all when blank:
     * the matching is SQL's (a typed {@code %} or {@code _} as itself), the order and depth the tree's.
     */
    @Transactional(readOnly = true)
    public List<DepartmentView> treeMatching(String q) {
        String like = LikeText.containing(q);
        if (like == null) {
            return tree();
        }
        Set<Long> found = Set.copyOf(departments.idsMatching(like));
        return tree().stream().filter(d -> found.contains(d.id())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentView> find(long id) {
        return tree().stream().filter(d -> d.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentView> findByCode(String code) {
        return departments.findByCode(code).flatMap(d -> find(d.getId()));
    }

    /** Names beside ids, for the audit log: one query for the whole set; a deleted department is absent. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty()
                ? Map.of()
                : departments.findAllById(wanted).stream()
                        .collect(Collectors.toMap(Department::getId, Department::getName));
    }

    /**
     * The departments a ticket (or a meeting action, which is one) may go to, in tree order: those that handle
     * tickets. A department whose people in the system may none of them change a ticket only reads them (the
     * supervision office, the audit bureau) and is left out; one with nobody in the system, or only with people who
     * report or dispatch, is offered: its tickets reach it as any ticket assigned to it does.
     */
    @Transactional(readOnly = true)
    public List<DepartmentView> handlingTickets() {
        Set<Long> readOnly = readingTicketsOnly();
        return tree().stream().filter(d -> !readOnly.contains(d.id())).toList();
    }

    /**
     * Departments with people in the system, none of whom may change a ticket: a ticket of theirs would wait for a
     * signature forever. Permissions, not roles' names, decide: a district defines its own roles.
     */
    @Transactional(readOnly = true)
    public Set<Long> readingTicketsOnly() {
        Set<Long> acting = directory.departmentStaffWith(TICKET_WORK).stream()
                .map(UserView::departmentId)
                .collect(Collectors.toSet());
        return directory.departmentStaff().stream()
                .map(UserView::departmentId)
                .filter(d -> !acting.contains(d))
                .collect(Collectors.toSet());
    }

    public Map<Long, String> names() {
        return departments.findAll().stream().collect(Collectors.toMap(Department::getId, Department::getName));
    }

    private static final Comparator<Department> ORDER =
            Comparator.comparingInt(Department::getSortOrder).thenComparing(Department::getName);

    private static void walk(Department d, int depth, Map<Long, List<Department>> children, List<DepartmentView> out) {
        out.add(new DepartmentView(
                d.getId(),
                d.getParentId(),
                d.getName(),
                d.getCode(),
                d.getSortOrder(),
                depth,
                d.getVersion(),
                d.getHeadUserId()));
        children.getOrDefault(d.getId(), List.of()).stream()
                .sorted(ORDER)
                .forEach(child -> walk(child, depth + 1, children, out));
    }

    private void checkCodeFree(String code, Long self) {
        departments
                .findByCode(code)
                .filter(d -> !Objects.equals(d.getId(), self))
                .ifPresent(d -> {
                    throw new BusinessException(ErrorCode.DUPLICATE, "code", code);
                });
    }

    /** A head is one of the department's own users (a new department has none yet). */
    private void checkHeadIsMember(long id, Long headUserId) {
        if (headUserId != null
                && users.findById(headUserId)
                        .filter(u -> Objects.equals(u.getDepartmentId(), id))
                        .isEmpty()) {
            throw new BusinessException(ErrorCode.DEPARTMENT_HEAD_NOT_MEMBER, "headUserId");
        }
    }

    /**
     * A parent deleted meanwhile (a stale page in another tab) or a tampered form is refused beside the field; the
     * database's foreign key would have ended the save in an error page that lost the input.
     */
    private void checkParentExists(Long parentId) {
        if (parentId != null && !departments.existsById(parentId)) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "parentId", parentId);
        }
    }

    private void checkNoCycle(long id, Long newParent) {
        Long cursor = newParent;
        while (cursor != null) {
            if (cursor == id) {
                throw new BusinessException(ErrorCode.DEPARTMENT_CYCLE, "parentId");
            }
            cursor = load(cursor).getParentId();
        }
    }

    private Department load(long id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("department", id));
    }

    private void publish(String action, long id, String summary) {
        events.publishEvent(new DepartmentChanged(Actor.current(), action, id, summary));
    }
}
