package cn.zhuanban.investmentreport;

import cn.zhuanban.investmentreport.domain.ImportJobStore;
import cn.zhuanban.investmentreport.domain.ImportJobStore.Claimed;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.files.StoredFiles;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queued import jobs. Every node polls and claims jobs one at a time by a conditional update; the import, in the
 * requester's scope and name, and the job's DONE mark commit in one transaction, so a node that dies after the import
 * cannot leave the job to be imported a second time. A job whose node died is queued again, at most
 * {@value #MAX_ATTEMPTS} times in all, then it fails with a message.
 */
@Component
class ImportJobWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportJobWorker.class);

    /** 5,000 rows take seconds; a job RUNNING this long lost its node. */
    static final Duration STALE = Duration.ofMinutes(5);

    static final int MAX_ATTEMPTS = 3;
    static final String BROKE = "investment.import.job.broke";
    static final String INTERRUPTED = "investment.import.job.interrupted";

    private final ImportJobStore jobs;
    private final InvestmentImport importer;
    private final StoredFiles files;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration retention;
    private final String node;

    ImportJobWorker(
            ImportJobStore jobs,
            InvestmentImport importer,
            StoredFiles files,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${zhuanban.investment.import-retention:P90D}") Duration retention) {
        this.jobs = jobs;
        this.importer = importer;
        this.files = files;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.retention = retention;
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }

    @Scheduled(
            fixedDelayString = "${zhuanban.investment.import-poll-interval:PT2S}",
            initialDelayString = "${zhuanban.investment.import-poll-interval:PT2S}")
    public void poll() {
        while (runNext()) {
            // until the queue is empty
        }
    }

    /** Claims and runs the next queued job; false when there was none for this node. */
    public boolean runNext() {
        var claimed = jobs.claim(node, clock.instant());
        claimed.ifPresent(this::run);
        return claimed.isPresent();
    }

    /** Jobs whose node died while running them are queued again, or given up (once across nodes, under a lock). */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    @SchedulerLock(name = "investment-import-jobs-requeue", lockAtMostFor = "PT50S")
    public void requeueStale() {
        Instant before = clock.instant().minus(STALE);
        for (ImportJobStore.Stale job : jobs.stale(before)) {
            if (job.attempts() < MAX_ATTEMPTS) {
                if (jobs.requeue(job.id(), before)) {
                    log.warn("Queued import job {} again: its node stopped while running it", job.id());
                }
            } else if (jobs.abandon(job.id(), before, INTERRUPTED, clock.instant())) {
                log.error("Gave import job {} up after {} attempts", job.id(), job.attempts());
                delete(job.storageKey());
            }
        }
    }

    /**
     * The import records are kept for {@code zhuanban.investment.import-retention} (90 days by default): the reports
     * they brought in stay, and the audit log keeps who imported what; the record is what a user looks back on for
     * a while, not an archive. Once across nodes, under a lock.
     */
    @Scheduled(cron = "${zhuanban.investment.import-purge-cron:0 50 3 * * *}")
    @SchedulerLock(name = "investment-import-jobs-purge", lockAtMostFor = "PT30M")
    public void purge() {
        purgeOlderThan(retention);
    }

    int purgeOlderThan(Duration age) {
        int removed = jobs.purgeFinished(clock.instant().minus(age));
        if (removed > 0) {
            log.info("Removed {} finished import jobs older than {}", removed, age);
        }
        return removed;
    }

    private void run(Claimed job) {
        boolean ended;
        try {
            ended = importAndEnd(job);
        } catch (IOException | RuntimeException e) {
            // The import's transaction has rolled back: nothing of the file is saved.
            log.error("Import job {} failed", job.id(), e);
            ended = jobs.broke(job.id(), node, BROKE, clock.instant());
        }
        if (ended) {
            delete(job.storageKey());
        }
    }

    /** Runs the import and ends the job; false when another node took the job over meanwhile (its run counts). */
    private boolean importAndEnd(Claimed job) throws IOException {
        ImportResult result;
        try (InputStream in = files.open(job.storageKey())) {
            result = tx.execute(status -> importAndMarkDone(in, job, status));
        }
        if (result == null) {
            return false;
        }
        return result.succeeded() || jobs.failed(job.id(), node, result.errors(), clock.instant());
    }

    /**
     * In one transaction the import and, when every row was good, the DONE mark. Progress goes out through
     * transactions of its own meanwhile. Null when the job is no longer this node's.
     */
    private ImportResult importAndMarkDone(InputStream in, Claimed job, TransactionStatus status) {
        Actor requester = new Actor(job.requester().username(), job.address(), clock.instant());
        ImportResult result = importer.importXlsx(
                in, job.fileName(), job.requester(), requester, done -> jobs.progress(job.id(), node, done));
        if (!result.succeeded()) {
            // The import asked for the rollback already; asking here too ends the transaction without an error.
            status.setRollbackOnly();
            return result;
        }
        if (!jobs.done(job.id(), node, result.imported(), clock.instant())) {
            // Another node took the job over (this one was taken for dead): its run counts, this one leaves nothing.
            status.setRollbackOnly();
            return null;
        }
        return result;
    }

    private void delete(String storageKey) {
        try {
            files.deleteAfterCommit(storageKey);
        } catch (RuntimeException e) {
            log.warn("Could not delete the uploaded import file {}", storageKey, e);
        }
    }
}
