package cn.zhuanban.servicechecklist;

import cn.zhuanban.schedule.PlanTaskFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Closes the checklist item of an approval reported finished on the plan, so that nobody enters it twice. Runs from
 * the event publication registry after the plan's transaction committed; an item already done is left as it is, so a
 * finish the checklist itself reported, or a re-delivered event, changes nothing. The id is fixed because the
 * registry stores it. Outside a transaction, so that an item another event changed meanwhile is read again
 * ({@link ConcurrentEdits}).
 */
@Component
class PlanCompletionListener {

    static final String ID = "servicechecklist.plan-task-finished";

    private final ItemsFollowThePlan checklists;

    PlanCompletionListener(ItemsFollowThePlan checklists) {
        this.checklists = checklists;
    }

    @ApplicationModuleListener(id = ID, propagation = Propagation.NOT_SUPPORTED)
    void on(PlanTaskFinished finished) {
        ConcurrentEdits.retried(() -> checklists.finishedInPlan(finished));
    }
}
