package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.LightReviews;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, after midnight in the district, re-judges the lights of the plans whose light can change as today moves
 * on (a late finish passed, a due-soon window opened, a month's target fell due, work under way); the others are not
 * touched. ShedLock makes it run on one node; each plan is re-judged in its own transaction, so one bad plan does not
 * stop the rest, and a plan that was looked at is not due again until its next review day.
 */
@Component
class PlanLightJob {

    private static final Logger log = LoggerFactory.getLogger(PlanLightJob.class);
    private static final int BATCH = 500;

    private final LightReviews reviews;
    private final PlanManagement plans;
    private final Clock clock;

    PlanLightJob(LightReviews reviews, PlanManagement plans, Clock clock) {
        this.reviews = reviews;
        this.plans = plans;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhuanban.plan.light-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "plan-light-refresh", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        int total = refreshDue();
        log.info("plan lights refreshed for {} plans", total);
    }

    /**
     * The same run at once, after the calendar changed: under the nightly job's lock, so that one node at a time
     * re-judges. If the lock is taken the run is skipped, and the plans made due stay due for the next run.
     */
    @SchedulerLock(name = "plan-light-refresh", lockAtMostFor = "PT30M")
    public void runNow() {
        int total = refreshDue();
        log.info("plan lights refreshed for {} plans after a calendar change", total);
    }

    /** Refreshes every plan due today, in batches; returns how many were looked at. */
    int refreshDue() {
        LocalDate today = LocalDate.now(clock);
        int total = 0;
        List<Long> due = reviews.due(today, BATCH);
        while (!due.isEmpty()) {
            for (long projectId : due) {
                refresh(projectId, today);
            }
            total += due.size();
            due = reviews.due(today, BATCH);
        }
        return total;
    }

    private void refresh(long projectId, LocalDate today) {
        try {
            plans.refreshLights(projectId);
        } catch (RuntimeException e) { // a plan that no longer schedules (bad data) must not block the others
            log.warn("plan light of project {} not refreshed: {}", projectId, e.getMessage());
            reviews.dueOn(projectId, today.plusDays(1));
        }
    }
}
