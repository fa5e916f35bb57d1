package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProgressLog;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.files.StoredFiles;
import cn.zhuanban.shared.files.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports on a plan's rows by the people who work on the project (the task force, the enterprise contact),
 * within their data scope. A report is checked, applied to the row (the plan is rescheduled and the light follows),
 * and kept with its site photos as history.
 */
@Service
@Transactional
public class PlanProgress {

    public static final int MAX_PHOTOS = 9;
    private static final int HISTORY = 200;

    private final PlanManagement plans;
    private final ProjectReads projects;
    private final ProgressLog log;
    private final StoredFiles files;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanProgress(
            PlanManagement plans,
            ProjectReads projects,
            ProgressLog log,
            StoredFiles files,
            UserDirectory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.log = log;
        this.files = files;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** One entry of the history as the plan and task pages show it. */
    public record Entry(
            long id,
            String taskKey,
            LocalDate dataDate,
            int percentComplete,
            LocalDate actualStart,
            LocalDate actualFinish,
            String note,
            String reporter,
            Instant reportedAt,
            List<ProgressLog.Photo> photos) {}

    /** A report whose reporter has confirmed any change to a finished row's actual dates. */
    public PlanSheet report(
            long projectId, CurrentUser user, String key, ProgressReport report, List<UploadedFile> photos) {
        return report(projectId, user, key, report, photos, true);
    }

    /**
     * A report on one row. A row reported finished keeps its actual dates unless {@code rewriteConfirmed}: changing
     * them (new dates, or reopened) rewrites what was done, the months' targets judged on them included, so the form
     * asks for a second look before that. A report out of sequence is saved: see {@link ProgressSequence}.
     */
    public PlanSheet report(
            long projectId,
            CurrentUser user,
            String key,
            ProgressReport report,
            List<UploadedFile> photos,
            boolean rewriteConfirmed) {
        StoredFiles.checkImages(photos, MAX_PHOTOS); // refuse bad photos before the plan changes
        LocalDate today = LocalDate.now(clock);
        ProgressReport[] checked = new ProgressReport[1];
        PlanSheet sheet = plans.edit(projectId, user, null, "plan.progress-reported", summary(key, report), plan -> {
            if (!rewriteConfirmed) {
                ProgressRules.keepFinished(plan.find(key), report);
            }
            checked[0] = apply(plan, key, report, today);
        });
        long id = record(projectId, user.id(), key, checked[0]);
        if (!photos.isEmpty()) {
            log.attach(id, files.store(photos, MAX_PHOTOS), checked[0].photosTakenOn(), checked[0].photosPlace());
        }
        return sheet;
    }

    /**
     * Reports on several rows at once, as one change of the plan, each row's report in its history as if made one by
     * one; refused with nothing stored if any report is (a weekly round of progress, the demo district's plans).
     */
    public PlanSheet reportAll(long projectId, CurrentUser user, Map<String, ProgressReport> reports) {
        LocalDate today = LocalDate.now(clock);
        Map<String, ProgressReport> checked = new LinkedHashMap<>();
        String summary = reports.size() + " rows";
        PlanSheet sheet = plans.edit(projectId, user, null, "plan.progress-reported", summary, plan -> {
            reports.forEach((key, report) -> checked.put(key, apply(plan, key, report, today)));
        });
        checked.forEach((key, report) -> record(projectId, user.id(), key, report));
        return sheet;
    }

    /**
     * Records that a row was finished on {@code finishedOn}, for the service checklist item that stands for the same
     * approval: the department enters the completion once, in the checklist, and the plan follows (the checklist is
     * the source of truth of an approval's completion). Its start is the row's reported start, else {@code startedOn}
     * (the day the application was accepted), else the finish day. No scope check of its own: the checklist has
     * checked that the user may change the item, and a department handler may not otherwise see the project. Returns
     * false, changing nothing, when the project has no plan, the plan no such row, or the row already finished then.
     */
    public boolean finish(
            long projectId, String key, LocalDate startedOn, LocalDate finishedOn, String note, CurrentUser reporter) {
        return finish(projectId, key, startedOn, finishedOn, note, reporter.id());
    }

    /** As above, reported by the user {@code reporterId} (a stage goal reached when the project changed stage). */
    public boolean finish(
            long projectId, String key, LocalDate startedOn, LocalDate finishedOn, String note, long reporterId) {
        PlanRow row = plans.storedRow(projectId, key);
        if (row == null || !row.scheduled() || finishedOn.equals(row.actualFinish())) {
            return false;
        }
        LocalDate start = Stream.of(row.actualStart(), startedOn)
                .filter(Objects::nonNull)
                .filter(d -> !d.isAfter(finishedOn))
                .findFirst()
                .orElse(finishedOn);
        ProgressReport report = new ProgressReport(null, 100, start, finishedOn, note, null, null);
        LocalDate today = LocalDate.now(clock);
        ProgressReport[] checked = new ProgressReport[1];
        plans.editStored(projectId, "plan.progress-reported", summary(key, report), plan -> {
            checked[0] = apply(plan, key, report, today);
        });
        record(projectId, reporterId, key, checked[0]);
        return true;
    }

    /**
     * Checks a report on one row and sets the row's progress; returns the report as stored. A finish newly reported
     * tells the service checklist (see {@link PlanTaskFinished}).
     */
    private ProgressReport apply(ProjectPlan plan, String key, ProgressReport report, LocalDate today) {
        PlanRow row = plan.find(key);
        if (row == null || !row.scheduled()) {
            throw new BusinessException(
                    ErrorCode.SCHEDULE_INPUT,
                    "key",
                    new DefaultMessageSourceResolvable(
                            new String[] {row == null ? "plan.error.no-row" : "plan.error.stage-progress"},
                            new Object[] {key}));
        }
        ProgressReport c = ProgressRules.check(report, PlanRow.MILESTONE.equals(row.kind()), today);
        plan.progress(key, c.actualStart(), c.actualFinish(), c.percentComplete(), c.dataDate(), clock.instant());
        if (c.actualFinish() != null && !c.actualFinish().equals(row.actualFinish())) {
            events.publishEvent(new PlanTaskFinished(Actor.current(), plan.getProjectId(), key, c.actualFinish()));
        }
        return c;
    }

    private long record(long projectId, long userId, String key, ProgressReport c) {
        return log.record(
                projectId,
                new ProgressLog.Entry(
                        0,
                        key,
                        c.dataDate(),
                        c.percentComplete(),
                        c.actualStart(),
                        c.actualFinish(),
                        c.note(),
                        userId,
                        clock.instant()));
    }

    /** The reports of one row, or of the whole plan when {@code key} is null, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> history(long projectId, CurrentUser user, String key) {
        projects.find(projectId, user);
        List<ProgressLog.Entry> entries = log.of(projectId, key, HISTORY);
        Map<Long, List<ProgressLog.Photo>> photos =
                log.photos(entries.stream().map(ProgressLog.Entry::id).toList()).stream()
                        .collect(Collectors.groupingBy(ProgressLog.Photo::progressId));
        Map<Long, String> names = directory.namesOf(
                entries.stream().map(ProgressLog.Entry::reportedBy).distinct().toList());
        return entries.stream()
                .map(e -> new Entry(
                        e.id(),
                        e.taskKey(),
                        e.dataDate(),
                        e.percentComplete(),
                        e.actualStart(),
                        e.actualFinish(),
                        e.note(),
                        names.getOrDefault(e.reportedBy(), ""),
                        e.reportedAt(),
                        photos.getOrDefault(e.id(), List.of())))
                .toList();
    }

    /** A site photo of this project's plan, for a user who may see the project. */
    @Transactional(readOnly = true)
    public ProgressLog.Photo photo(long projectId, CurrentUser user, long photoId) {
        projects.find(projectId, user);
        return log.photo(projectId, photoId).orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    public InputStream open(ProgressLog.Photo photo) throws IOException {
        return files.open(photo.storageKey());
    }

    /**
     * A report as the audit log keeps it: the row's key and only the parts reported, each by its field, so that the log
     * reads them in the auditor's words ({@code M3: percentComplete=60%, actualStart=2026-11-02}).
     */
    static String summary(String key, ProgressReport r) {
        String parts = ChangeSummary.of(snapshot(r));
        return parts.isEmpty() ? key : key + ": " + parts;
    }

    private static Map<String, Object> snapshot(ProgressReport r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("percentComplete", r.percentComplete() == null ? null : r.percentComplete() + "%");
        s.put("actualStart", r.actualStart());
        s.put("actualFinish", r.actualFinish());
        s.put("dataDate", r.dataDate());
        s.put("note", ChangeSummary.typed(r.note()));
        return s;
    }
}
