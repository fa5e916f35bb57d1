package cn.zhuanban.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes module event publications completed more than a week ago ({@code zhuanban.events.keep-completed}), nightly
 * on one node. Spring Modulith keeps every completed publication with its serialized event: each ticket move leaves
 * about four, and a province's table grew to millions of rows that slowed {@link EventResubmission}'s scan and the
 * calendar's count of pending effects. Incomplete publications are never touched, so resubmission still finds every
 * event whose listener failed or whose node died. Not {@code spring.modulith.events.completion-mode=delete}: a week of
 * completed publications shows what the listeners did when something is looked into, and tests wait on them.
 */
@Component
class EventPublicationPurge {

    private final CompletedEventPublications completed;
    private final Duration keep;

    EventPublicationPurge(
            CompletedEventPublications completed, @Value("${zhuanban.events.keep-completed:P7D}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(cron = "${zhuanban.events.purge-cron:0 20 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "event-publication-purge", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
    void nightly() {
        purge();
    }

    /**
     * The purge itself, without the lock: the nightly call holds it, and a direct call (a test's) must not be
     * skipped because a nightly run held it moments before.
     */
    public void purge() {
        completed.deletePublicationsOlderThan(keep);
    }
}
