package cn.zhuanban.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands module events whose listener has not completed (it failed, or its node died) to their listener again, on one
 * node at a time, once they are older than any listener takes. Republishing at start-up instead handed every
 * incomplete event to the starting node, also those another node was still working on, so a rolling restart could
 * write an audit record twice; and an event whose listener failed waited for the next restart.
 */
@Component
class EventResubmission {

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventResubmission(
            IncompleteEventPublications incomplete,
            @Value("${zhuanban.events.resubmit-older-than:PT15M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(
            fixedDelayString = "${zhuanban.events.resubmit-every:PT5M}",
            initialDelayString = "${zhuanban.events.resubmit-every:PT5M}")
    // Every 5 minutes by default: held at least 30 s, more than nodes' clocks drift apart and less than the interval.
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    public void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
