package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.LightReviews;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
    static final String LOCK = "plan-light-refresh";
    private static final Duration LOCK_POLL = Duration.ofMillis(250);

    private final LightReviews reviews;
    private final PlanManagement plans;
    private final LockProvider locks;
    private final Clock clock;
    private final Duration lockWait;

    PlanLightJob(
            LightReviews reviews,
            PlanManagement plans,
            LockProvider locks,
            Clock clock,
            @Value("${zhuanban.plan.light-lock-wait:PT2M}") Duration lockWait) {
        this.reviews = reviews;
        this.plans = plans;
        this.locks = locks;
        this.clock = clock;
        this.lockWait = lockWait;
    }

    @Scheduled(cron = "${zhuanban.plan.light-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        int total = refreshDue();
        log.info("plan lights refreshed for {} plans", total);
    }

    /**
     * The same run at once, after the calendar changed: under the nightly job's lock, so that one node at a time
     * re-judges. When another run holds the lock (on any node) it may have made its last query before the plans were
     * made due, so this run is not skipped: it waits for the lock (a calendar change just before this one, the nightly
     * run's minimum hold) and then runs. Only when the lock stays taken longer than {@code lockWait} does it fail, and
     * the calendar event's publication, left incomplete, is resubmitted (EventResubmission) instead of the plans
     * waiting for the nightly run. Failing at once made two calendar changes in a row leave the second for the
     * resubmission, 15–20 minutes later.
     *
     * @throws IllegalStateException when another run holds the lock longer than {@code lockWait}
     */
    public void runNow() {
        SimpleLock lock = awaitLock();
        try {
            int total = refreshDue();
            log.info("plan lights refreshed for {} plans after a calendar change", total);
        } finally {
            lock.unlock();
        }
    }

    private SimpleLock awaitLock() {
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            Optional<SimpleLock> lock =
                    locks.lock(new LockConfiguration(ClockProvider.now(), LOCK, Duration.ofMinutes(30), Duration.ZERO));
            if (lock.isPresent()) {
                return lock.get();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("plan lights not refreshed after a calendar change: another run held "
                        + LOCK + " longer than " + lockWait + "; retried later");
            }
            try {
                Thread.sleep(LOCK_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + LOCK, e);
            }
        }
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
