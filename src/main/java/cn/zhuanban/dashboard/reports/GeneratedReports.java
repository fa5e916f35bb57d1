package cn.zhuanban.dashboard.reports;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.JobStatus;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.files.FileStore;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generated reports: a request queues a job row and returns at once; a background poller on every node
 * claims queued jobs one at a time (a conditional update decides which node runs a job), gathers the
 * {@link Briefing} in the requester's scope, writes the file, stores it through {@link FileStore} and
 * records the progress the page polls. Users see and download only their own files.
 */
@Service
public class GeneratedReports {

    private static final Logger log = LoggerFactory.getLogger(GeneratedReports.class);
    private static final Duration STALE = Duration.ofMinutes(15);

    private final ReportJobStore jobs;
    private final BriefingAssembler assembler;
    private final FileStore files;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration retention;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    GeneratedReports(
            ReportJobStore jobs,
            BriefingAssembler assembler,
            FileStore files,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${zhuanban.reports.retention:P30D}") Duration retention) {
        this.retention = retention;
        this.jobs = jobs;
        this.assembler = assembler;
        this.files = files;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Queues a report as of today (a monthly one of {@link #defaultMonth()}); generation happens in the background. */
    @Transactional
    public long request(ReportKind kind, ReportFormat format, CurrentUser user, Locale locale) {
        return request(kind, format, null, user, locale);
    }

    /**
     * Queues a report; generation happens in the background. A weekly briefing covers this week up to today; a
     * monthly dispatch report covers {@code month} (null: {@link #defaultMonth()}), to its last day when it is
     * over and to today for this month. A month still ahead is refused: it has no figures yet.
     */
    @Transactional
    public long request(ReportKind kind, ReportFormat format, YearMonth month, CurrentUser user, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = kind == ReportKind.MONTHLY ? monthEnd(month == null ? defaultMonth() : month, today) : today;
        long id = jobs.queue(kind, format, asOf, locale, user, clock.instant());
        events.publishEvent(new ReportRequested(Actor.current(), id, kind + " " + format + " " + asOf));
        return id;
    }

    /** The month a monthly dispatch report covers unless another is chosen: the last complete one. */
    public YearMonth defaultMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    /** The latest month a report can cover: this one, to date. */
    public YearMonth latestMonth() {
        return YearMonth.now(clock);
    }

    /**
     * The as-of date of a monthly report of {@code month}: the job keeps one date, and the month is the one that date
     * falls in (its first day to the as-of date, as {@link ReportKind#periodStart} reads it).
     */
    private static LocalDate monthEnd(YearMonth month, LocalDate today) {
        YearMonth now = YearMonth.from(today);
        if (month.isAfter(now)) {
            throw BusinessException.invalid("month", "reports.month.future", month.toString(), now.toString());
        }
        return month.equals(now) ? today : month.atEndOfMonth();
    }

    public List<ReportJob> mine(CurrentUser user) {
        return jobs.of(user.id(), 30);
    }

    public ReportJob find(long id, CurrentUser user) {
        return jobs.find(id, user.id())
                .map(ReportJobStore.Stored::job)
                .orElseThrow(() -> new NotFoundException("report-job", id));
    }

    /** The finished file of one of the user's own jobs. */
    public InputStream open(long id, CurrentUser user) throws IOException {
        ReportJobStore.Stored stored = jobs.find(id, user.id())
                .filter(s -> JobStatus.DONE.equals(s.job().status()))
                .orElseThrow(() -> new NotFoundException("report-job", id));
        return files.open(stored.storageKey());
    }

    /**
     * Every node polls; each claimed job runs once, on the node that claimed it. No ShedLock on purpose: the claim is a
     * conditional update, and every node should take work.
     */
    @Scheduled(
            fixedDelayString = "${zhuanban.reports.poll-interval:PT2S}",
            initialDelayString = "${zhuanban.reports.poll-interval:PT2S}")
    public void poll() {
        while (runNext()) {
            // until the queue is empty
        }
    }

    /** Jobs whose node died while running them are queued again (once across nodes, under a lock). */
    @Scheduled(fixedDelay = 300_000, initialDelay = 60_000)
    // Every 5 minutes: held at least 30 s, more than nodes' clocks drift apart and less than the interval.
    @SchedulerLock(name = "report-jobs-requeue", lockAtMostFor = "PT4M", lockAtLeastFor = "PT30S")
    public void requeueStale() {
        int n = jobs.requeueStale(clock.instant().minus(STALE));
        if (n > 0) {
            log.warn("Queued {} report jobs again whose node stopped while running them", n);
        }
    }

    /**
     * Finished files are kept for the retention period ({@code zhuanban.reports.retention}, 30 days by
     * default): a report is a snapshot to download, not an archive, and the figures can be generated
     * again at any time. The row goes with its file, so the list never offers a file that is gone.
     * Runs on one node at a time.
     */
    @Scheduled(cron = "${zhuanban.reports.purge-cron:0 40 3 * * *}", zone = "Asia/Shanghai")
    // Nightly: held at least 5 minutes, far more than nodes' clocks drift apart.
    @SchedulerLock(name = "report-jobs-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void purge() {
        purgeExpired();
    }

    /** Removes the expired jobs and their files; returns how many. */
    public int purgeExpired() {
        int removed = 0;
        List<ReportJobStore.Expired> batch;
        do {
            batch = jobs.expired(clock.instant().minus(retention), 500);
            for (ReportJobStore.Expired job : batch) {
                if (job.storageKey() != null) {
                    files.delete(job.storageKey());
                }
                jobs.delete(job.id());
                removed++;
            }
        } while (batch.size() == 500);
        if (removed > 0) {
            log.info("Removed {} generated reports older than {}", removed, retention);
        }
        return removed;
    }

    /**
     * A weekly briefing is named by its as-of date; a monthly report by its month ("月度调度通报-2026-11"), with the
     * as-of date when the month was not over yet, so that a month-to-date file is not taken for the whole month.
     */
    static String fileName(ReportKind kind, LocalDate asOf, BriefingWriter.Texts texts) {
        if (kind == ReportKind.WEEKLY) {
            return texts.of("briefing.file.WEEKLY", asOf);
        }
        YearMonth month = YearMonth.from(asOf);
        return asOf.equals(month.atEndOfMonth())
                ? texts.of("briefing.file.MONTHLY", month.toString())
                : texts.of("briefing.file.MONTHLY.to-date", month.toString(), asOf);
    }

    /** Claims and runs the next queued job; false when there was none for this node. */
    public boolean runNext() {
        var claimed = jobs.claim(node, clock.instant());
        if (claimed.isEmpty()) {
            return false;
        }
        ReportJobStore.Claimed job = claimed.get();
        try {
            BriefingWriter.Texts texts = (key, args) -> messages.getMessage(key, args, key, job.locale());
            jobs.progress(job.id(), 10);
            Briefing briefing = assembler.of(job.kind(), job.requester(), job.asOf(), job.locale());
            jobs.progress(job.id(), 60);
            byte[] content = BriefingWriter.write(briefing, job.format(), texts);
            jobs.progress(job.id(), 90);
            String key = files.put(content);
            String name =
                    fileName(job.kind(), job.asOf(), texts) + "." + job.format().extension();
            jobs.done(job.id(), key, name, content.length, clock.instant());
        } catch (IOException | RuntimeException e) {
            log.error("Report job {} failed", job.id(), e);
            jobs.failed(job.id(), e.getClass().getSimpleName(), clock.instant());
        }
        return true;
    }
}
