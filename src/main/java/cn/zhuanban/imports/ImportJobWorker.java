package cn.zhuanban.imports;

import cn.zhuanban.imports.domain.ImportJobStore;
import cn.zhuanban.imports.domain.ImportJobStore.Claimed;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.files.ImportOutcome;
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
import org.springframework.context.MessageSourceResolvable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queued import jobs of every kind. Every node polls and claims jobs one at a time by a conditional update; the
 * import, in the requester's scope and name, and the job's DONE mark commit in one transaction, so a node that dies
 * after the import cannot leave the job to be imported a second time. A job whose node died is queued again, at most
 * {@value #MAX_ATTEMPTS} times in all, then it fails with a message.
 */
@Component
public class ImportJobWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportJobWorker.class);

    /** 5,000 rows take seconds; a job RUNNING this long lost its node. */
    public static final Duration STALE = Duration.ofMinutes(5);

    public static final int MAX_ATTEMPTS = 3;
    static final String BROKE = "import.job.broke";
    static final String INTERRUPTED = "import.job.interrupted";

    private final ImportJobStore jobs;
    private final ImportKinds kinds;
    private final StoredFiles files;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration retention;
    private final String node;

    /** Public for the tests that play a second node next to the application's own. */
    public ImportJobWorker(
            ImportJobStore jobs,
            ImportKinds kinds,
            StoredFiles files,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${zhuanban.imports.retention:P90D}") Duration retention) {
        this.jobs = jobs;
        this.kinds = kinds;
        this.files = files;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.retention = retention;
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }

    // No ShedLock on purpose: every node polls and takes work, a job at a time, by a conditional update (claim).
    @Scheduled(
            fixedDelayString = "${zhuanban.imports.poll-interval:PT2S}",
            initialDelayString = "${zhuanban.imports.poll-interval:PT2S}")
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

    /** Every minute, once across nodes under a lock: {@link #requeueStale()}. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    // Every minute: held at least 30 s, more than nodes' clocks drift apart and less than the interval.
    @SchedulerLock(name = "import-jobs-requeue", lockAtMostFor = "PT50S", lockAtLeastFor = "PT30S")
    public void requeueStaleOnOneNode() {
        requeueStale();
    }

    /**
     * Jobs whose node died while running them are queued again, or given up. Unlocked itself: the scheduled call
     * holds the lock, and a direct call (a test's) must not wait out the lock's minimum time.
     */
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
     * The import records are kept for {@code zhuanban.imports.retention} (90 days by default): the rows they brought
     * in stay, and the audit log keeps who imported what; the record is what a user looks back on for a while, not an
     * archive. Once across nodes, under a lock.
     */
    @Scheduled(cron = "${zhuanban.imports.purge-cron:0 50 3 * * *}", zone = "Asia/Shanghai")
    // Nightly: held at least 5 minutes, far more than nodes' clocks drift apart.
    @SchedulerLock(name = "import-jobs-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void purge() {
        purgeOlderThan(retention);
    }

    public int purgeOlderThan(Duration age) {
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
        } catch (BusinessException e) {
            // A refusal of the whole file found only while importing (a code registered meanwhile): nothing is saved.
            log.info("Import job {} refused: {}", job.id(), e.getMessage());
            ended = jobs.broke(job.id(), node, messageKey(e), clock.instant());
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
        byte[] content;
        try (InputStream in = files.open(job.storageKey())) {
            content = in.readAllBytes();
        }
        ImportKind kind = kinds.of(job.kind());
        ImportOutcome outcome = tx.execute(status -> importAndMarkDone(kind, content, job, status));
        if (outcome == null) {
            return false;
        }
        return outcome.succeeded()
                || jobs.failed(job.id(), node, outcome.errors(), outcome.warnings(), clock.instant());
    }

    /**
     * In one transaction the import and, when every row was good, the DONE mark. Progress goes out through
     * transactions of its own meanwhile. Null when the job is no longer this node's.
     */
    private ImportOutcome importAndMarkDone(ImportKind kind, byte[] content, Claimed job, TransactionStatus status) {
        Actor requester = new Actor(job.requester().username(), job.address(), clock.instant());
        ImportOutcome outcome = kind.run(
                content, job.fileName(), job.requester(), requester, done -> jobs.progress(job.id(), node, done));
        if (!outcome.succeeded()) {
            // The import may have asked for the rollback already; asking here too ends the transaction without error.
            status.setRollbackOnly();
            return outcome;
        }
        if (!jobs.done(job.id(), node, outcome.imported(), outcome.warnings(), clock.instant())) {
            // Another node took the job over (this one was taken for dead): its run counts, this one leaves nothing.
            status.setRollbackOnly();
            return null;
        }
        return outcome;
    }

    /** The refusal's own message when it carries one without arguments, else the general one. */
    private static String messageKey(BusinessException e) {
        Object[] args = e.args();
        if (args.length == 1
                && args[0] instanceof MessageSourceResolvable r
                && r.getCodes() != null
                && (r.getArguments() == null || r.getArguments().length == 0)) {
            return r.getCodes()[0];
        }
        return BROKE;
    }

    private void delete(String storageKey) {
        try {
            files.deleteAfterCommit(storageKey);
        } catch (RuntimeException e) {
            log.warn("Could not delete the uploaded import file {}", storageKey, e);
        }
    }
}
