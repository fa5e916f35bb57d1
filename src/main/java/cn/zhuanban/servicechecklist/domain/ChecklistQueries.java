package cn.zhuanban.servicechecklist.domain;

import cn.zhuanban.servicechecklist.DepartmentItemFilter;
import cn.zhuanban.servicechecklist.ItemLateness;
import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.NamesByIds;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of checklists. The project's name is joined from the project table (read only), so that
 * a department's list of items across projects needs one query.
 */
@Repository
public class ChecklistQueries {

    private static final String SELECT = """
            select i.id, i.project_id, p.name as project_name, i.kind, i.name, i.department_id,
                   i.responsible_user_id, i.target_date, i.submitted_on, i.limit_days, i.limit_unit, i.status,
                   i.document_number, i.done_on, i.validity_months, i.extension_months, i.max_extensions,
                   i.extensions_used, i.work_started_on, i.note, i.version, i.plan_task_key
            from service_item i join project p on p.id = i.project_id
            """;

    /** Open items, and issued permits whose work has not started: what can still turn red. */
    private static final String WATCHED = """
            (i.status in ('PENDING', 'IN_PROGRESS')
             or (i.validity_months is not null and i.status = 'DONE' and i.work_started_on is null))""";

    /** Open: the department may still be working on it. */
    private static final String OPEN = "i.status in ('PENDING', 'IN_PROGRESS')";

    /** Past its own target: a hand-made item's typed date, which no plan row stands for (see ItemRow#ownTarget). */
    private static final String PAST_OWN_TARGET = "(i.plan_task_key is null and i.target_date < :today)";

    /** A department list's search (item or project name) and status, each skipped when not given. */
    private static final String FILTERED = """
            (cast(:q as varchar) is null or lower(i.name) like :like escape '!' or lower(p.name) like :like escape '!')
            and (cast(:status as varchar) is null or i.status = :status)
            and (cast(:departmentFilter as bigint) is null or i.department_id = :departmentFilter)
            and (cast(:projectFilter as bigint) is null or i.project_id = :projectFilter)""";

    private final JdbcClient jdbc;

    ChecklistQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Items by their project and name, {@code 示范项目 · 施工许可}, regardless of scope, for the audit log. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return NamesByIds.of(jdbc, """
                select i.id, p.name || ' · ' || i.name
                from service_item i join project p on p.id = i.project_id
                where i.id in (:ids)""", ids);
    }

    public List<ItemRow> ofProject(long projectId) {
        return jdbc.sql(SELECT + " where i.project_id = :project order by i.sort_order, i.id")
                .param("project", projectId)
                .query(ItemRow.class)
                .list();
    }

    public Optional<ItemRow> find(long id) {
        return jdbc.sql(SELECT + " where i.id = :id")
                .param("id", id)
                .query(ItemRow.class)
                .optional();
    }

    /**
     * A page of the items in a scope (a department's, or those of the projects a user sees), most urgent first
     * ({@link UrgencyOrder}, for the last days of the 办理时限 in {@code limitEnds}, see {@link #acceptancesOf}),
     * filtered in SQL (the index on department and status serves a department's).
     * Behind the plan is an open item past the target a plan row stands for on {@code today}; overdue an open item
     * accepted by its limit's last acceptance day in {@code overLimit} (see {@link OverLimit}), which the caller gives
     * for the department's {@link #limitsOf limits} when the filter asks for it, or a hand-made one past its own target.
     */
    public PageResult<ItemRow> ofScope(
            ItemScope scope,
            DepartmentItemFilter filter,
            LocalDate today,
            List<OverLimit> overLimit,
            List<UrgencyOrder.LimitEnd> limitEnds,
            PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = " where (" + scope.sql() + ")" + (filter.openOnly() ? " and " + WATCHED : "") + " and "
                + FILTERED + lateness(filter.late(), today, overLimit, params);
        String q =
                filter.q() == null || filter.q().isBlank() ? null : filter.q().strip();
        params.putAll(scope.params());
        params.put("departmentFilter", filter.departmentId());
        params.put("projectFilter", filter.projectId());
        params.put("q", q);
        params.put("like", LikeText.containing(q));
        params.put("status", filter.status() == null ? null : filter.status().name());
        long total = jdbc.sql("select count(*) from service_item i join project p on p.id = i.project_id" + where)
                .params(params)
                .query(Long.class)
                .single();
        String order = UrgencyOrder.orderBy(today, params);
        String ends = UrgencyOrder.join(limitEnds, params);
        List<ItemRow> rows = jdbc.sql(SELECT + ends + where + order + " limit :size offset :offset")
                .params(params)
                .param("size", page.size())
                .param("offset", page.offset())
                .query(ItemRow.class)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    private static String lateness(
            ItemLateness late, LocalDate today, List<OverLimit> overLimit, Map<String, Object> params) {
        if (late == null) {
            return "";
        }
        if (late == ItemLateness.BEHIND_PLAN) {
            params.put("today", today);
            return " and " + OPEN + " and i.plan_task_key is not null and i.target_date < :today";
        }
        params.put("today", today);
        StringBuilder any = new StringBuilder(
                " and " + OPEN + " and (" + PAST_OWN_TARGET + " or (i.submitted_on is not null and (1 = 0");
        for (int n = 0; n < overLimit.size(); n++) {
            OverLimit o = overLimit.get(n);
            any.append(" or (i.limit_days = :days")
                    .append(n)
                    .append(" and i.limit_unit = :unit")
                    .append(n);
            any.append(" and i.submitted_on <= :accepted").append(n).append(')');
            params.put("days" + n, o.days());
            params.put("unit" + n, o.unit().name());
            params.put("accepted" + n, o.acceptedBy());
        }
        return any.append(")))").toString();
    }

    /** The time limits of the accepted open items in a scope: few (the template has a handful), one query. */
    public List<OverLimit.Limit> limitsOf(ItemScope scope) {
        return jdbc.sql("select distinct i.limit_days, i.limit_unit from service_item i where (" + scope.sql() + ")"
                        + " and i.submitted_on is not null and " + OPEN)
                .params(scope.params())
                .query((rs, n) -> new OverLimit.Limit(rs.getInt(1), LimitUnit.valueOf(rs.getString(2))))
                .list();
    }

    /** The acceptance days and limits of the accepted open items in a scope, each once: what the order needs counted. */
    public List<OverLimit.Acceptance> acceptancesOf(ItemScope scope) {
        return jdbc.sql("select distinct i.submitted_on, i.limit_days, i.limit_unit from service_item i" + " where ("
                        + scope.sql() + ") and i.submitted_on is not null and " + OPEN)
                .params(scope.params())
                .query((rs, n) -> new OverLimit.Acceptance(
                        rs.getObject(1, LocalDate.class), rs.getInt(2), LimitUnit.valueOf(rs.getString(3))))
                .list();
    }

    /** The watched items of some projects: few per project, judged in Java on the calendar. */
    /** The projects that have items in a scope, by name: the list's project filter offers these. */
    public Map<Long, String> projectsOf(ItemScope scope) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("select distinct p.id, p.name from service_item i join project p on p.id = i.project_id where ("
                        + scope.sql() + ") order by p.name, p.id")
                .params(scope.params())
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    public List<ItemRow> watchedOf(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where i.project_id in (:projects) and " + WATCHED + " order by p.name, i.sort_order")
                .param("projects", projectIds)
                .query(ItemRow.class)
                .list();
    }

    public List<TemplateRow> template() {
        return jdbc.sql("""
                        select id, kind, name, department_code, limit_days, limit_unit, validity_months,
                               extension_months, max_extensions, sort_order, plan_task_key, work_start_task_key
                        from service_item_template order by sort_order, id""").query(TemplateRow.class).list();
    }

    public int maxSortOrder(long projectId) {
        return jdbc.sql("select coalesce(max(sort_order), 0) from service_item where project_id = :project")
                .param("project", projectId)
                .query(Integer.class)
                .single();
    }

    public boolean hasTemplateItems(long projectId) {
        return jdbc.sql("select count(*) from service_item where project_id = :project and template_id is not null")
                        .param("project", projectId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
