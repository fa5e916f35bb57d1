package cn.zhuanban.servicechecklist;

import cn.zhuanban.schedule.PlanChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Moves the targets the plan gave to the checklist's open items when the plan is rescheduled (every plan change is,
 * before it is saved), so that the checklist and the plan agree on when each approval must be done. Runs from the
 * event publication registry after the plan's transaction committed, as {@link PlanCompletionListener} does; a
 * re-delivered event changes nothing. The id is fixed because the registry stores it.
 */
@Component
class PlanRescheduleListener {

    static final String ID = "servicechecklist.plan-changed";

    private final ItemsFollowThePlan checklists;

    PlanRescheduleListener(ItemsFollowThePlan checklists) {
        this.checklists = checklists;
    }

    @ApplicationModuleListener(id = ID, propagation = Propagation.NOT_SUPPORTED)
    void on(PlanChanged changed) {
        ConcurrentEdits.retried(() -> checklists.rescheduledInPlan(changed));
    }
}
