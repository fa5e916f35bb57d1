package cn.zhuanban.servicechecklist;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectScope;
import cn.zhuanban.servicechecklist.domain.ChecklistQueries;
import cn.zhuanban.servicechecklist.domain.ItemRow;
import cn.zhuanban.servicechecklist.domain.ItemScope;
import cn.zhuanban.servicechecklist.domain.OverLimit;
import cn.zhuanban.servicechecklist.domain.UrgencyOrder;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service items across projects (/service-items and its export), within the user's scope as the checklists decide
 * it: a department handler ({@link DataScope#DEPARTMENT}) lists his department's items, his work list; wider scopes
 * (the dispatch office, the supervision office, district leaders, 分包领导, task forces) list the items of the projects
 * they see ({@link ProjectReads#scope}) and, as a single item is, those their own department answers for. Paged and
 * filtered in the database.
 */
@Service
@Transactional(readOnly = true)
public class ItemLedger {

    private final ChecklistQueries queries;
    private final ProjectReads projects;
    private final CalendarManagement calendar;
    private final ServiceChecklistManagement checklists;
    private final Clock clock;

    ItemLedger(
            ChecklistQueries queries,
            ProjectReads projects,
            CalendarManagement calendar,
            ServiceChecklistManagement checklists,
            Clock clock) {
        this.queries = queries;
        this.projects = projects;
        this.calendar = calendar;
        this.checklists = checklists;
        this.clock = clock;
    }

    /** Whether the user's list is his department's alone: a department handler's is, and none without a department. */
    public static boolean departmentOnly(CurrentUser user) {
        return DepartmentItemPolicy.departmentFixed(user);
    }

    /** Whether the user has a list at all: a department handler of no department has none (nor an enterprise). */
    public static boolean hasList(CurrentUser user) {
        return user.enterpriseId() == null && (!departmentOnly(user) || user.departmentId() != null);
    }

    public PageResult<ServiceItemView> page(CurrentUser user, DepartmentItemFilter filter, PageQuery page) {
        Optional<ItemScope> scope = scope(user);
        if (scope.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar administrative = calendar.administrative();
        List<OverLimit> overLimit = filter.late() == ItemLateness.OVER_LIMIT
                ? OverLimit.of(queries.limitsOf(scope.get()), today, administrative)
                : List.of();
        List<UrgencyOrder.LimitEnd> ends = queries.acceptancesOf(scope.get()).stream()
                .map(a -> a.end(administrative))
                .toList();
        PageResult<ItemRow> rows = queries.ofScope(scope.get(), filter, today, overLimit, ends, page);
        List<ServiceItemView> views = checklists.views(rows.content(), today);
        return new PageResult<>(views, rows.page(), rows.size(), rows.totalElements());
    }

    /** The projects with items in the user's scope, by name, for the list's project filter. */
    public Map<Long, String> projectsOf(CurrentUser user) {
        return scope(user).map(queries::projectsOf).orElse(Map.of());
    }

    private Optional<ItemScope> scope(CurrentUser user) {
        if (!hasList(user)) {
            return Optional.empty();
        }
        if (departmentOnly(user)) {
            return Optional.of(ItemScope.department(user.departmentId()));
        }
        ProjectScope seen = projects.scope(user);
        if (seen.everything()) {
            return Optional.of(new ItemScope("1 = 1", Map.of()));
        }
        Map<String, Object> params = new HashMap<>(seen.params());
        String own = "";
        if (user.departmentId() != null) {
            own = " or i.department_id = :itemDepartment";
            params.put("itemDepartment", user.departmentId());
        }
        return Optional.of(new ItemScope(seen.ofProject("i.project_id") + own, params));
    }
}
