package cn.zhuanban.servicechecklist;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanProgress;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.servicechecklist.domain.PlannedTask;
import cn.zhuanban.servicechecklist.domain.ServiceItem;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The checklist's link to the project's plan, through the schedule module's API: an item and the plan row with the
 * same key are one approval. The item is the source of truth of its completion (the department enters the date and
 * the document number once, in the checklist) and the plan follows; the plan tells the checklist of a row finished
 * there ({@link PlanCompletionListener}), which closes an item still open and never changes a done one, so that the
 * two directions cannot answer each other in a loop.
 */
@Component
class ChecklistPlans {

    private final PlanManagement plans;
    private final PlanProgress progress;

    ChecklistPlans(PlanManagement plans, PlanProgress progress) {
        this.plans = plans;
        this.progress = progress;
    }

    /** The scheduled rows of the project's plan by key; empty without a plan. The caller has checked the scope. */
    Map<String, PlannedTask> tasks(long projectId) {
        PlanSheet sheet = plans.sheetOfVisible(projectId, "");
        if (sheet == null) {
            return Map.of();
        }
        return sheet.rows().stream()
                .filter(r -> !r.stage())
                .collect(Collectors.toMap(
                        PlanSheet.Row::key,
                        r -> new PlannedTask(r.lateFinish(), r.actualStart(), r.actualFinish()),
                        (a, b) -> a));
    }

    /** A done item's completion, and a permit's work start, reported on the plan rows that stand for them. */
    void reportDone(ServiceItem item, CurrentUser user) {
        if (item.done() && item.getPlanTaskKey() != null && item.getDoneOn() != null) {
            progress.finish(
                    item.getProjectId(),
                    item.getPlanTaskKey(),
                    item.getSubmittedOn(),
                    item.getDoneOn(),
                    item.getDocumentNumber(),
                    user);
        }
    }

    void reportWorkStart(ServiceItem item, CurrentUser user) {
        if (item.getWorkStartTaskKey() != null && item.getWorkStartedOn() != null) {
            progress.finish(item.getProjectId(), item.getWorkStartTaskKey(), null, item.getWorkStartedOn(), null, user);
        }
    }
}
