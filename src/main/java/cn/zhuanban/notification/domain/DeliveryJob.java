package cn.zhuanban.notification.domain;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the outbox every little while, on one node at a time. */
@Component
class DeliveryJob {

    private final DeliveryRunner runner;
    private final Clock clock;

    DeliveryJob(DeliveryRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${zhuanban.notification.poll-interval:PT15S}",
            initialDelayString = "${zhuanban.notification.poll-interval:PT15S}")
    // Every 15 s by default (configurable, shorter too): held at least 1 s only, which covers the few hundred ms
    // between
    // nodes' timers without holding up a short interval; each delivery is claimed too, so none goes out twice.
    @SchedulerLock(name = "notification-delivery", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    void sendDue() {
        runner.runDue(clock.instant());
    }
}
