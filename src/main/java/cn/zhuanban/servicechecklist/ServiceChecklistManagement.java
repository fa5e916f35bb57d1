package cn.zhuanban.servicechecklist;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.servicechecklist.domain.ChecklistQueries;
import cn.zhuanban.servicechecklist.domain.ItemJudge;
import cn.zhuanban.servicechecklist.domain.ItemRow;
import cn.zhuanban.servicechecklist.domain.PlannedTask;
import cn.zhuanban.servicechecklist.domain.ServiceItem;
import cn.zhuanban.servicechecklist.domain.ServiceItemRepository;
import cn.zhuanban.servicechecklist.domain.TemplateRow;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.SupportedDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's service checklist: applying the template in one step, editing items, extending a
 * permit, and reading items with their lights on a given day. A checklist is visible to whoever
 * sees the project; a single item also to the department that answers for it. A department handler (data scope
 * {@link DataScope#DEPARTMENT}) changes only the items of his own department, whatever else he may read, and cannot
 * hand one to another department (the task force reassigns work between departments); wider scopes change every item
 * they see. The responsible person is one of the item's department's people ({@link ResponsiblePeople}).
 */
@Service
@Transactional
public class ServiceChecklistManagement {

    private final ServiceItemRepository items;
    private final ChecklistQueries queries;
    private final ItemJudge judge;
    private final ProjectReads projects;
    private final CalendarManagement calendar;
    private final DepartmentManagement departments;
    private final UserDirectory directory;
    private final ChecklistPlans plans;
    private final ResponsiblePeople responsible;
    private final ItemChanges changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceChecklistManagement(
            ServiceItemRepository items,
            ChecklistQueries queries,
            ItemJudge judge,
            ProjectReads projects,
            CalendarManagement calendar,
            DepartmentManagement departments,
            UserDirectory directory,
            ChecklistPlans plans,
            ResponsiblePeople responsible,
            ItemChanges changes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.queries = queries;
        this.judge = judge;
        this.projects = projects;
        this.calendar = calendar;
        this.departments = departments;
        this.directory = directory;
        this.plans = plans;
        this.responsible = responsible;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the template's items the project lacks; a second application adds nothing. Each item whose approval is a
     * row of the project's plan takes that row's latest finish as its target and is as far along as the row: done on
     * its reported finish, under way once started. An item whose department the district lacks is left for the dispatch
     * office to assign; {@code responsibleByDepartment} (department id to user id, unchecked) names each item's 责任人.
     */
    public int applyTemplate(long projectId, CurrentUser user) {
        return applyTemplate(projectId, user, java.util.Collections.emptyMap());
    }

    public int applyTemplate(long projectId, CurrentUser user, Map<Long, Long> responsibleByDepartment) {
        checkProject(projectId, user);
        if (DepartmentItemPolicy.departmentFixed(user)) { // the template's items belong to many departments
            throw new BusinessException(ErrorCode.CHECKLIST_OTHER_DEPARTMENT);
        }
        if (queries.hasTemplateItems(projectId)) {
            return 0;
        }
        Map<String, Long> byCode = departments.tree().stream()
                .filter(d -> d.code() != null)
                .collect(Collectors.toMap(DepartmentView::code, DepartmentView::id, (a, b) -> a));
        Map<String, PlannedTask> tasks = plans.tasks(projectId);
        List<TemplateRow> template = queries.template();
        items.saveAll(template.stream()
                .map(t -> ServiceItem.fromTemplate(
                        projectId,
                        t,
                        byCode.get(t.departmentCode()),
                        t.planTaskKey() == null ? null : tasks.get(t.planTaskKey()),
                        t.workStartTaskKey() == null ? null : tasks.get(t.workStartTaskKey())))
                .map(i -> i.answeredBy(responsibleByDepartment.get(i.getDepartmentId())))
                .toList());
        events.publishEvent(new ServiceItemChanged(
                Actor.current(), "service-item.template-applied", projectId, projectId, template.size() + " items"));
        return template.size();
    }

    public long add(long projectId, ServiceItemForm form, CurrentUser user) {
        checkProject(projectId, user);
        checkForm(form, null);
        DepartmentItemPolicy.checkNewItem(form, user);
        responsible.check(form, null, null);
        ServiceItem item = items.save(ServiceItem.of(projectId, queries.maxSortOrder(projectId) + 10, form));
        events.publishEvent(new ServiceItemChanged(
                Actor.current(), "service-item.created", item.getId(), projectId, ChangeSummary.of(item.snapshot())));
        return item.getId();
    }

    public void edit(long id, ServiceItemForm form, CurrentUser user) {
        ServiceItem item = changes.load(id, user);
        if (form.version() != item.getVersion()) {
            throw new ChangedMeanwhile("service item", item.getVersion());
        }
        checkForm(form, item.getTargetDate());
        DepartmentItemPolicy.checkDepartmentKept(form, item.getDepartmentId(), user);
        responsible.check(form, item.getResponsibleUserId(), item.getDepartmentId());
        if (form.status() == ServiceItemStatus.DONE) {
            changes.notAhead(item.getPlanTaskKey(), form.doneOn(), "doneOn");
        }
        Map<String, Object> before = item.snapshot();
        item.edit(form);
        items.save(item);
        changes.changed("service-item.updated", item, before);
        plans.reportDone(item, user);
    }

    /** One more 3-month extension of an issued permit whose work has not started. */
    public void extendPermit(long id, CurrentUser user) {
        ServiceItem item = changes.load(id, user);
        Map<String, Object> before = item.snapshot();
        if (!item.extend()) {
            throw new BusinessException(ErrorCode.CHECKLIST_NO_EXTENSION, (String) null);
        }
        items.save(item);
        changes.changed("service-item.permit-extended", item, before);
    }

    public void recordWorkStart(long id, LocalDate on, CurrentUser user) {
        SupportedDates.require(on, "on");
        ServiceItem item = changes.load(id, user);
        changes.notAhead(item.getWorkStartTaskKey(), on, "on");
        Map<String, Object> before = item.snapshot();
        item.workStarted(on == null ? LocalDate.now(clock) : on);
        items.save(item);
        changes.changed("service-item.work-started", item, before);
        plans.reportWorkStart(item, user);
    }

    @Transactional(readOnly = true)
    public List<ServiceItemView> checklist(long projectId, CurrentUser user) {
        return checklist(projectId, user, LocalDate.now(clock));
    }

    /** The checklist judged on {@code asOf}: for a print dated some day, and for tests with a fixed day. */
    @Transactional(readOnly = true)
    public List<ServiceItemView> checklist(long projectId, CurrentUser user, LocalDate asOf) {
        checkProject(projectId, user);
        return views(queries.ofProject(projectId), asOf);
    }

    /**
     * Whether the user may read the project's checklist: a department handler may edit his department's items of a
     * project he cannot see, and is then sent back to his department's list instead.
     */
    @Transactional(readOnly = true)
    public boolean checklistVisible(long projectId, CurrentUser user) {
        return projects.isVisible(projectId, user);
    }

    @Transactional(readOnly = true)
    public ServiceItemView find(long id, CurrentUser user) {
        ItemRow row = queries.find(id).orElseThrow(() -> new NotFoundException("service-item", id));
        if (!changes.mayAccess(row.projectId(), row.departmentId(), user)) {
            throw new NotFoundException("service-item", id);
        }
        return views(List.of(row), LocalDate.now(clock)).getFirst();
    }

    /**
     * The item, for a change by the user: not found beyond what he may read, refused (403) when he may read it but
     * not change it (a department handler and another department's item).
     */
    @Transactional(readOnly = true)
    public ServiceItemView findToChange(long id, CurrentUser user) {
        ServiceItemView item = find(id, user);
        DepartmentItemPolicy.checkChange(item.departmentId(), user);
        return item;
    }

    /** Items' names beside their ids regardless of scope, for the audit log, which shows the auditor every record anyway. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return queries.namesOf(ids);
    }

    /** Which of these items the user may change, for showing edit controls on those only. */
    public Set<Long> changeable(Collection<ServiceItemView> shown, CurrentUser user) {
        return shown.stream()
                .filter(i -> DepartmentItemPolicy.mayChange(i.departmentId(), user))
                .map(ServiceItemView::id)
                .collect(Collectors.toSet());
    }

    /**
     * Items of these projects that are red or yellow on {@code asOf}, for meeting agendas and
     * workbench cards: near or past the department's 办理时限, or a permit lapsing. An item only behind the plan is not
     * among them; the plan's and the project's lights bring that up. Callers pass projects they have checked the user
     * may see.
     */
    @Transactional(readOnly = true)
    public List<ServiceItemView> alerts(Collection<Long> projectIds, LocalDate asOf) {
        return views(queries.watchedOf(projectIds), asOf).stream()
                .filter(v -> v.light() != StatusLight.GREEN)
                .toList();
    }

    /** Rows as views with their lights on a day, their departments and responsible people named. */
    List<ServiceItemView> views(List<ItemRow> rows, LocalDate asOf) {
        WorkingCalendar administrative = calendar.administrative();
        Map<Long, String> departmentNames = departments.names();
        Map<Long, String> people = directory.namesOf(rows.stream()
                .map(ItemRow::responsibleUserId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return rows.stream()
                .map(r -> ItemViews.view(r, judge.judge(r, asOf, administrative), departmentNames, people))
                .toList();
    }

    private void checkProject(long projectId, CurrentUser user) {
        if (!projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
    }

    private void checkForm(ServiceItemForm form, LocalDate targetBefore) {
        if (form.departmentId() != null && !departments.names().containsKey(form.departmentId())) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "departmentId", form.departmentId());
        }
        if (form.status() == ServiceItemStatus.DONE && form.doneOn() == null) {
            throw new BusinessException(ErrorCode.CHECKLIST_DONE_DATE, "doneOn");
        }
        ItemDates.check(form, targetBefore, calendar.administrative(), LocalDate.now(clock));
    }
}
