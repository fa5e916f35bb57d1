package cn.zhuanban.schedule;

import cn.zhuanban.project.ProjectScope;
import cn.zhuanban.schedule.domain.PlanCalendarDay;
import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The wall chart's reads in SQL: one page of projects (filters, the project module's data scope and paging in the
 * database) and then the stored plans of that page in three queries (rows, links, the plans' own calendar days)
 * instead of one load per project.
 */
@Component
class WallQueries {

    /** A project row of the wall; the lead official's name is added from the identity module. */
    record ProjectRow(long id, String name, String statusLight, Long leadOfficialId) {}

    /** A stored plan as the wall needs it. */
    record StoredPlan(
            long projectId,
            LocalDate start,
            LocalDate targetFinish,
            LocalDate dataDate,
            boolean sevenDayWeek,
            List<PlanRow> rows,
            List<PlanLink> links,
            List<PlanCalendarDay> calendarDays) {}

    private static final String FILTER = """
             where (cast(:stage as varchar) is null or p.stage = :stage)
               and (cast(:level as varchar) is null or p.level = :level)
               and (cast(:leadOfficialId as bigint) is null or p.lead_official_id = :leadOfficialId)
               and (cast(:name as varchar) is null or lower(p.name) like :name escape '!')
            """;

    private static final String ORDER =
            " order by case p.status_light when 'RED' then 0 when 'YELLOW' then 1 else 2 end, p.id desc";

    private final JdbcClient jdbc;

    WallQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param projectIds only these projects (a chain's), or null for no such restriction; must not be empty
     */
    PageResult<ProjectRow> projects(
            BattleMap.WallFilter filter, Collection<Long> projectIds, ProjectScope scope, PageQuery page) {
        String where = FILTER + (projectIds == null ? "" : " and p.id in (:ids)") + " and (" + scope.sql() + ")";
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("stage", filter.stage() == null ? null : filter.stage().name());
        params.put("level", filter.level() == null ? null : filter.level().name());
        params.put("leadOfficialId", filter.leadOfficialId());
        params.put("name", LikeText.containing(filter.name()));
        if (projectIds != null) {
            params.put("ids", projectIds);
        }
        long total = jdbc.sql("select count(*) from project p" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<ProjectRow> rows = jdbc.sql("select p.id, p.name, p.status_light, p.lead_official_id from project p"
                        + where + ORDER + " limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new ProjectRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("status_light"),
                        rs.getObject("lead_official_id", Long.class)))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The stored plans of these projects, by project id; projects without a plan are missing. */
    Map<Long, StoredPlan> plans(Collection<Long> projectIds) {
        Map<Long, StoredPlan> plans = new LinkedHashMap<>();
        if (projectIds.isEmpty()) {
            return plans;
        }
        jdbc.sql("""
                        select pp.project_id, pp.start_date, pp.target_finish, pp.data_date, pp.seven_day_week,
                               t.task_key, t.name, t.kind, t.parent_key, t.duration, t.department, t.constraint_type,
                               t.constraint_date, t.actual_start, t.actual_finish, t.percent_complete
                          from project_plan pp left join plan_task t on t.project_plan = pp.id
                         where pp.project_id in (:ids)
                         order by pp.project_id, t.row_index""").param("ids", projectIds).query(rs -> {
            long projectId = rs.getLong("project_id");
            StoredPlan plan = plans.computeIfAbsent(projectId, id -> storedPlan(id, rs));
            if (rs.getString("task_key") != null) {
                plan.rows().add(row(rs));
            }
        });
        jdbc.sql("""
                        select pp.project_id, l.from_key, l.to_key, l.link_type, l.lag_days
                          from project_plan pp join plan_link l on l.project_plan = pp.id
                         where pp.project_id in (:ids)
                         order by pp.project_id, l.row_index""").param("ids", projectIds).query(rs -> {
            StoredPlan plan = plans.get(rs.getLong("project_id"));
            if (plan != null) {
                plan.links()
                        .add(new PlanLink(
                                rs.getString("from_key"),
                                rs.getString("to_key"),
                                rs.getString("link_type"),
                                rs.getInt("lag_days")));
            }
        });
        jdbc.sql("""
                        select pp.project_id, d.cal_date, d.working, d.name
                          from project_plan pp join plan_calendar_day d on d.project_plan = pp.id
                         where pp.project_id in (:ids)
                         order by pp.project_id, d.row_index""").param("ids", projectIds).query(rs -> {
            StoredPlan plan = plans.get(rs.getLong("project_id"));
            if (plan != null) {
                plan.calendarDays()
                        .add(new PlanCalendarDay(date(rs, "cal_date"), rs.getBoolean("working"), rs.getString("name")));
            }
        });
        return plans;
    }

    private static StoredPlan storedPlan(long projectId, ResultSet rs) {
        try {
            return new StoredPlan(
                    projectId,
                    date(rs, "start_date"),
                    date(rs, "target_finish"),
                    date(rs, "data_date"),
                    rs.getBoolean("seven_day_week"),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PlanRow row(ResultSet rs) throws SQLException {
        PlanRow row = PlanRow.of(
                        rs.getString("task_key"),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getString("parent_key"),
                        0,
                        rs.getString("department"))
                .withDuration(rs.getInt("duration"))
                .withConstraint(rs.getString("constraint_type"), date(rs, "constraint_date"));
        return row.withProgress(
                date(rs, "actual_start"), date(rs, "actual_finish"), rs.getObject("percent_complete", Integer.class));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
