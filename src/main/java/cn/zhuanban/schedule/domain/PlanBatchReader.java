package cn.zhuanban.schedule.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored plans of many projects in four queries (plans, rows, links, own calendar days) instead of four
 * per plan, for readers that schedule them in memory (the meeting agenda). The plans read are for reading only:
 * they carry no id or version and must never be saved.
 */
@Repository
public class PlanBatchReader {

    private final JdbcClient jdbc;

    PlanBatchReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(
            long id, long projectId, LocalDate start, LocalDate target, LocalDate dataDate, boolean seven) {}

    private record Keyed<T>(long planId, T value) {}

    /** The plans of those projects that have one, in project order. */
    public List<ProjectPlan> ofProjects(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        List<Head> heads = jdbc.sql("""
                        select id, project_id, start_date, target_finish, data_date, seven_day_week
                        from project_plan where project_id in (:ids) order by project_id""")
                .param("ids", List.copyOf(projectIds))
                .query((rs, n) -> new Head(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getBoolean(6)))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> planIds = heads.stream().map(Head::id).toList();
        Map<Long, List<PlanRow>> rows = jdbc
                .sql("""
                        select project_plan, task_key, name, kind, parent_key, duration, department, constraint_type,
                               constraint_date, actual_start, actual_finish, percent_complete
                        from plan_task where project_plan in (:ids) order by project_plan, row_index""")
                .param("ids", planIds)
                .query((rs, n) -> new Keyed<>(
                        rs.getLong(1),
                        new PlanRow(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getInt(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getObject(9, LocalDate.class),
                                rs.getObject(10, LocalDate.class),
                                rs.getObject(11, LocalDate.class),
                                (Integer) rs.getObject(12, Integer.class))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Keyed::planId, Collectors.mapping(Keyed::value, Collectors.toCollection(ArrayList::new))));
        Map<Long, List<PlanLink>> links = jdbc
                .sql("""
                        select project_plan, from_key, to_key, link_type, lag_days
                        from plan_link where project_plan in (:ids) order by project_plan, row_index""")
                .param("ids", planIds)
                .query((rs, n) -> new Keyed<>(
                        rs.getLong(1), new PlanLink(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Keyed::planId, Collectors.mapping(Keyed::value, Collectors.toCollection(ArrayList::new))));
        Map<Long, List<PlanCalendarDay>> days = jdbc
                .sql("""
                        select project_plan, cal_date, working, name
                        from plan_calendar_day where project_plan in (:ids) order by project_plan, row_index""")
                .param("ids", planIds)
                .query((rs, n) -> new Keyed<>(
                        rs.getLong(1),
                        new PlanCalendarDay(rs.getObject(2, LocalDate.class), rs.getBoolean(3), rs.getString(4))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Keyed::planId, Collectors.mapping(Keyed::value, Collectors.toCollection(ArrayList::new))));
        return heads.stream()
                .map(h -> {
                    ProjectPlan plan = ProjectPlan.start(h.projectId(), h.start(), h.target());
                    plan.dates(h.start(), h.target(), h.dataDate(), Instant.EPOCH);
                    plan.calendar(h.seven(), Instant.EPOCH);
                    plan.calendarDays(days.getOrDefault(h.id(), List.of()), Instant.EPOCH);
                    plan.replace(
                            rows.getOrDefault(h.id(), List.of()), links.getOrDefault(h.id(), List.of()), Instant.EPOCH);
                    return plan;
                })
                .toList();
    }
}
