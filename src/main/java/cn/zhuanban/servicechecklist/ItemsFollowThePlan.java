package cn.zhuanban.servicechecklist;

import cn.zhuanban.schedule.PlanChanged;
import cn.zhuanban.schedule.PlanTaskFinished;
import cn.zhuanban.servicechecklist.domain.PlannedTask;
import cn.zhuanban.servicechecklist.domain.ServiceItem;
import cn.zhuanban.servicechecklist.domain.ServiceItemRepository;
import cn.zhuanban.shared.Actor;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist's side of what happens on the plan: a row finished there closes its item, a rescheduled plan moves
 * the targets it gave. The checklist stays the source of truth for an approval's completion ({@link ChecklistPlans});
 * nothing here writes back to the plan.
 */
@Service
@Transactional
class ItemsFollowThePlan {

    private final ServiceItemRepository items;
    private final ChecklistPlans plans;
    private final ItemChanges changes;

    ItemsFollowThePlan(ServiceItemRepository items, ChecklistPlans plans, ItemChanges changes) {
        this.items = items;
        this.plans = plans;
        this.changes = changes;
    }

    /**
     * A plan row was reported finished: the open item that stands for it is done on that day, and a permit waiting for
     * its work to start has started. Never pushed back to the plan, which already says so; a done item keeps its own
     * date (see {@link ChecklistPlans}).
     */
    void finishedInPlan(PlanTaskFinished finished) {
        for (ServiceItem item : items.findByProjectIdAndPlanTaskKey(finished.projectId(), finished.taskKey())) {
            Map<String, Object> before = item.snapshot();
            if (item.completedInPlan(finished.finishedOn())) {
                items.save(item);
                changes.changed(finished.actor(), "service-item.done-in-plan", item, before);
            }
        }
        for (ServiceItem item : items.findByProjectIdAndWorkStartTaskKey(finished.projectId(), finished.taskKey())) {
            Map<String, Object> before = item.snapshot();
            if (item.workStartedInPlan(finished.finishedOn())) {
                items.save(item);
                changes.changed(finished.actor(), "service-item.work-started-in-plan", item, before);
            }
        }
    }

    /**
     * The project's plan was changed and rescheduled: each open item whose target the plan gave takes its row's new
     * latest finish. A person's target, a done item and an item whose row is gone keep theirs; nothing is read from the
     * plan when no item follows it, and nothing is written or audited when no target moved, so a re-delivered event or
     * a change that moved no latest finish (a baseline, monthly targets) changes nothing.
     */
    void rescheduledInPlan(PlanChanged changed) {
        followPlan(changed.projectId(), changed.actor());
    }

    /**
     * As {@link #rescheduledInPlan} for one project after the calendar changed: the plan schedules on the working
     * days, so a district stop or a year's holidays move its latest finishes without a plan change.
     */
    void followPlan(long projectId, Actor actor) {
        List<ServiceItem> following = items.findByProjectIdAndTargetFromPlanTrue(projectId).stream()
                .filter(i -> !i.done() && i.getPlanTaskKey() != null)
                .toList();
        if (following.isEmpty()) {
            return;
        }
        Map<String, PlannedTask> tasks = plans.tasks(projectId);
        for (ServiceItem item : following) {
            PlannedTask task = tasks.get(item.getPlanTaskKey());
            Map<String, Object> before = item.snapshot();
            if (task != null && item.followPlan(task.mustFinishBy())) {
                items.save(item);
                changes.changed(actor, "service-item.target-from-plan", item, before);
            }
        }
    }

    /** Projects with an open item whose target the plan gives: those a calendar change may move. */
    @Transactional(readOnly = true)
    List<Long> projectsFollowingThePlan() {
        return items.projectsFollowingThePlan();
    }
}
