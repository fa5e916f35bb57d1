package cn.zhuanban.schedule;

import cn.zhuanban.calendar.CalendarChanged;
import cn.zhuanban.schedule.domain.LightReviews;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Re-judges every plan's light when the calendar changes (a year's holidays imported, a day corrected, a district
 * stop added or removed): late dates move with the working days, and the project lights on the cockpit and the wall
 * chart must follow at once, not after the nightly run. Runs from the event publication registry after the change
 * committed; the id is fixed because the registry stores it. While another refresh holds the lock the run waits
 * for it ({@link PlanLightJob#runNow()}); held too long, the run fails and the registry resubmits it later, so the
 * change is not left for the nightly run.
 */
@Component
class CalendarLightRefresh {

    static final String ID = "schedule.calendar-lights";

    private final LightReviews reviews;
    private final PlanLightJob job;
    private final Clock clock;

    CalendarLightRefresh(LightReviews reviews, PlanLightJob job, Clock clock) {
        this.reviews = reviews;
        this.job = job;
        this.clock = clock;
    }

    /**
     * Runs outside a transaction of its own, like the nightly job: each plan is re-judged in its own transaction, so a
     * plan that no longer schedules is passed over. Inside one transaction for the whole run, that plan's failure
     * marked it rollback-only, every later plan failed with it, and the listener failed on every retry.
     */
    @ApplicationModuleListener(id = ID, propagation = Propagation.NOT_SUPPORTED)
    void on(CalendarChanged changed) {
        reviews.allDueOn(LocalDate.now(clock));
        job.runNow();
    }
}
