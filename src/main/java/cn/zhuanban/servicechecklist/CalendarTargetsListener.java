package cn.zhuanban.servicechecklist;

import cn.zhuanban.calendar.CalendarChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Moves the targets the plans gave when the calendar changes (a year's holidays imported, a day corrected, a district
 * stop added or removed): the plans' latest finishes move with the working days, and no plan change tells the
 * checklist. Runs outside a transaction, each project in its own ({@link ItemsFollowThePlan}), as the plans' light
 * refresh does: a plan that no longer schedules is passed over instead of failing every other project with it. The id
 * is fixed because the event publication registry stores it.
 */
@Component
class CalendarTargetsListener {

    static final String ID = "servicechecklist.calendar-changed";

    private static final Logger log = LoggerFactory.getLogger(CalendarTargetsListener.class);

    private final ItemsFollowThePlan checklists;

    CalendarTargetsListener(ItemsFollowThePlan checklists) {
        this.checklists = checklists;
    }

    @ApplicationModuleListener(id = ID, propagation = Propagation.NOT_SUPPORTED)
    void on(CalendarChanged changed) {
        for (long project : checklists.projectsFollowingThePlan()) {
            try {
                checklists.followPlan(project, changed.actor());
            } catch (RuntimeException e) {
                log.warn(
                        "Checklist targets of project {} not moved after a calendar change: {}", project, e.toString());
            }
        }
    }
}
