package cn.zhuanban.ticket.domain;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the files of refused resolve forms that were never resolved with (pending for more than {@code
 * zhuanban.ticket.keep-pending-evidence}, a day by default), nightly on one node: the user left the form, and nobody
 * else ever sees them.
 */
@Component
public class PendingEvidencePurge {

    private static final Logger log = LoggerFactory.getLogger(PendingEvidencePurge.class);

    private final TicketAttachments attachments;
    private final Clock clock;
    private final Duration keep;

    PendingEvidencePurge(
            TicketAttachments attachments,
            Clock clock,
            @Value("${zhuanban.ticket.keep-pending-evidence:P1D}") Duration keep) {
        this.attachments = attachments;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(cron = "${zhuanban.ticket.pending-evidence-purge-cron:0 45 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "ticket-pending-evidence-purge", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
    void nightly() {
        purge();
    }

    /**
     * The purge itself, without the lock: the nightly call holds it, and a direct call (a test's) must not be skipped
     * because a nightly run held it moments before. The files go once the rows' removal has committed.
     */
    @Transactional
    public int purge() {
        int removed = attachments.purgePending(clock.instant().minus(keep));
        if (removed > 0) {
            log.info("Removed {} pending resolve files older than {}", removed, keep);
        }
        return removed;
    }
}
