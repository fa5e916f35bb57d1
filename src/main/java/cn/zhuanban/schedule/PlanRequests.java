package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.schedule.engine.Constraint;
import cn.zhuanban.schedule.engine.ConstraintType;
import cn.zhuanban.schedule.engine.Link;
import cn.zhuanban.schedule.engine.LinkType;
import cn.zhuanban.schedule.engine.Progress;
import cn.zhuanban.schedule.engine.ScheduleRequest;
import cn.zhuanban.schedule.engine.Task;
import java.time.LocalDate;
import java.util.List;

/** A stored plan in engine form: stages are groups and are left out; stage goals carry their target dates. */
final class PlanRequests {

    private PlanRequests() {}

    /**
     * The stored plan as of {@code today}: once progress has been reported (the plan has a data date), work not done
     * by the last report can only be done from today on, and the light is judged today, so a data date in the past
     * moves up to today. A plan without progress keeps no data date.
     */
    static ScheduleRequest of(ProjectPlan plan, LocalDate today) {
        ScheduleRequest request = of(plan);
        if (plan.getDataDate() == null || !plan.getDataDate().isBefore(today)) {
            return request;
        }
        return request.withDataDate(today);
    }

    static ScheduleRequest of(ProjectPlan plan) {
        List<Task> tasks = plan.getRows().stream()
                .filter(PlanRow::scheduled)
                .map(PlanRequests::task)
                .toList();
        List<Link> links = plan.getLinks().stream()
                .map(l -> new Link(l.fromKey(), l.toKey(), LinkType.parse(l.linkType(), "links"), l.lag()))
                .toList();
        return new ScheduleRequest(plan.getStartDate(), plan.getTargetFinish(), plan.getDataDate(), tasks, links, null);
    }

    private static Task task(PlanRow row) {
        Constraint constraint = row.constraintType() == null || row.constraintDate() == null
                ? null
                : new Constraint(ConstraintType.parse(row.constraintType(), row.taskKey()), row.constraintDate());
        Progress progress = row.actualStart() == null && row.actualFinish() == null && row.percentComplete() == null
                ? null
                : new Progress(row.actualStart(), row.actualFinish(), row.percentComplete(), null);
        return new Task(row.taskKey(), row.name(), row.duration(), constraint, progress);
    }
}
