package cn.zhuanban.schedule.domain;

import cn.zhuanban.calendar.PlansDuringStops;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The calendar's question before a long or begun district stop is added: how many key projects' plans have work in
 * it. A plan has when it has an unfinished task, starts on or before the stop's last day, and its target finish is on
 * or after the stop's first day; a plan already past its target finish with work left does its remaining work from
 * today on, so a stop that reaches today counts it too. One count over all plans, not a schedule per project: the
 * tasks' dates are computed, not stored, and the plan's span is what the database holds.
 */
@Repository
class PlansDuringStopsQuery implements PlansDuringStops {

    private final JdbcClient jdbc;

    PlansDuringStopsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int projectsWithTasksBetween(LocalDate from, LocalDate to, LocalDate today) {
        String late = to.isBefore(today) ? "" : " or coalesce(pp.target_finish, p.target_finish) < :today";
        return jdbc.sql(
                        "select count(distinct pp.project_id) from project_plan pp join project p on p.id = pp.project_id"
                                + " where pp.start_date <= :to"
                                + " and (coalesce(pp.target_finish, p.target_finish) >= :from" + late + ")"
                                + " and exists (select 1 from plan_task t where t.project_plan = pp.id"
                                + " and t.kind = 'TASK' and t.actual_finish is null)")
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query(Integer.class)
                .single();
    }
}
