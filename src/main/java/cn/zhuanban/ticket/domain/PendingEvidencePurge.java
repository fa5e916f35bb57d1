package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.ResolveEvidenceChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the files of refused resolve forms that were never resolved with (pending for more than {@code
 * zhuanban.ticket.keep-pending-evidence}, a day by default), nightly on one node: the user left the form, and nobody
 * else ever sees them. Each run that removed any is one record of the audit log.
 */
@Component
public class PendingEvidencePurge {

    private static final Logger log = LoggerFactory.getLogger(PendingEvidencePurge.class);

    /** How many tickets the audit record names at most; the count says how many files there were. */
    private static final int NAMED_TICKETS = 50;

    private final TicketAttachments attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration keep;

    PendingEvidencePurge(
            TicketAttachments attachments,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${zhuanban.ticket.keep-pending-evidence:P1D}") Duration keep) {
        this.attachments = attachments;
        this.events = events;
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
        Instant before = clock.instant().minus(keep);
        TicketAttachments.Purged purged = attachments.purgePending(before);
        if (purged.files() > 0) {
            log.info("Removed {} pending resolve files older than {}", purged.files(), keep);
            // one record for the run, not one per file: the files were nobody's but their user's, never the ticket's
            events.publishEvent(ResolveEvidenceChanged.purged(summary(purged, before)));
        }
        return purged.files();
    }

    private static String summary(TicketAttachments.Purged purged, Instant before) {
        List<Long> ids = purged.ticketIds();
        String tickets = ids.stream().limit(NAMED_TICKETS).map(String::valueOf).collect(Collectors.joining(", "))
                + (ids.size() > NAMED_TICKETS ? ", …" : "");
        return purged.files() + " files; tickets: " + tickets + "; pending since before " + before;
    }
}
