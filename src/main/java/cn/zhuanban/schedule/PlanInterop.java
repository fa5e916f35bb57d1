package cn.zhuanban.schedule;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.schedule.domain.PlanCalendarDay;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.PlanRows;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.schedule.domain.ProjectPlanRepository;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.ProjectFile;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import and export of plans as MS Project XML and Primavera XER (MPXJ). A refused file changes nothing. The plan's
 * own calendar travels with it: its week (5 or 7 days) and its exceptions, which an import keeps where the file's
 * calendar departs from the district calendar (the district's holidays and make-up days come from the district).
 */
@Service
@Transactional
public class PlanInterop {

    /**
     * The encoding of exported XER files: P6 reads XER in the system's code page, GBK on Chinese Windows, which
     * GB18030 extends (it also keeps the rare characters GBK lacks). See {@link PlanFileParser#xerCharset}.
     */
    public static final Charset XER_CHARSET = Charset.forName("GB18030");

    public enum Format {
        MSPDI,
        XER
    }

    private final PlanManagement plans;
    private final PlanReplacement replacement;
    private final ProjectPlanRepository repository;
    private final ProjectReads projects;
    private final Scheduling scheduling;
    private final Clock clock;

    PlanInterop(
            PlanManagement plans,
            PlanReplacement replacement,
            ProjectPlanRepository repository,
            ProjectReads projects,
            Scheduling scheduling,
            Clock clock) {
        this.plans = plans;
        this.replacement = replacement;
        this.repository = repository;
        this.projects = projects;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    /**
     * Imports without checking which version of the plan the caller saw: for the API, whose contract has no version
     * (docs/api-contract.md). The page sends the version it shows ({@link #importFile(long, CurrentUser, Integer,
     * byte[])}).
     */
    public PlanImport importFile(long projectId, CurrentUser user, byte[] bytes) {
        return importFile(projectId, user, null, bytes);
    }

    /**
     * Replaces the plan with the file's. The {@code version} is the one the caller saw, as for every edit ({@link
     * PlanManagement#NOT_STORED} for a plan not stored yet): another one is refused, with nothing changed, as a change
     * made meanwhile that the file would silently overwrite; null skips the check. A file whose data date (status date)
     * precedes the latest actual date of its rows gets the plan's data date moved to that actual (progress is reported
     * as of the data date, so none can lie after it): the answer says so ({@link PlanImport#movedTo}), as does the
     * audit record, instead of the date changing unnoticed.
     */
    public PlanImport importFile(long projectId, CurrentUser user, Integer version, byte[] bytes) {
        PlanSheet current = plans.sheet(projectId, user);
        PlanFileReader.Content content = PlanFileReader.read(bytes);
        LocalDate start = content.start() != null ? content.start() : current.start();
        List<PlanRow> rows = keepProgress(content.rows(), current);
        LocalDate latest = PlanRows.latestActual(rows);
        LocalDate movedTo =
                content.dataDate() != null && latest != null && latest.isAfter(content.dataDate()) ? latest : null;
        // as the plan will have it: the file's date, else the plan's kept, moved forward to the latest actual
        LocalDate kept = content.dataDate() != null ? content.dataDate() : current.dataDate();
        LocalDate after = latest != null && (kept == null || latest.isAfter(kept)) ? latest : kept;
        PlanSheet sheet = replacement.replace(
                projectId,
                user,
                version,
                new PlanContent(start, current.targetFinish(), content.dataDate(), rows, content.links()),
                new PlanCalendar(
                        content.sevenDayWeek(),
                        keepNames(
                                projectDays(content, scheduling.construction(content.sevenDayWeek())),
                                repository
                                        .findByProjectId(projectId)
                                        .map(ProjectPlan::getCalendarDays)
                                        .orElse(List.of()))),
                dataDateNote(content.dataDate(), movedTo, current.dataDate(), after),
                "plan.imported");
        return new PlanImport(sheet, content.dataDate(), movedTo, current.dataDate());
    }

    /**
     * The audit's word on the data date, as the importer's notice ({@link PlanImport#notice()}) gives it: the file's
     * date moved to the latest actual, or the plan's date changed, to the file's or (a file without one) to its latest
     * actual; null when it stayed or the plan had none.
     */
    static String dataDateNote(LocalDate fileDate, LocalDate movedTo, LocalDate before, LocalDate after) {
        if (movedTo != null) {
            return "dataDate: " + fileDate + " → " + movedTo + " (数据日期早于最晚的实际日期，已改为该日期)";
        }
        if (before == null || before.equals(after)) {
            return null;
        }
        return "dataDate: " + before + " → " + after
                + (fileDate == null ? " (导入文件无数据日期，按其最晚的实际日期前移)" : " (按导入文件的数据日期)");
    }

    /**
     * The file's rows, where one carries no progress, with the progress the plan records for its key: a file from
     * another tool (or one exported before the latest reports) must not erase what the task force reported. Progress
     * the file does carry replaces the row's, as a report would; the reports' history stays as it is.
     */
    static List<PlanRow> keepProgress(List<PlanRow> rows, PlanSheet current) {
        Map<String, PlanSheet.Row> recorded = new HashMap<>();
        current.rows().stream()
                .filter(r -> !r.stage() && (r.actualStart() != null || r.actualFinish() != null))
                .forEach(r -> recorded.put(r.key(), r));
        return rows.stream()
                .map(row -> {
                    PlanSheet.Row own = recorded.get(row.taskKey());
                    boolean none = row.actualStart() == null && row.actualFinish() == null;
                    return own != null && none && row.scheduled()
                            ? row.withProgress(own.actualStart(), own.actualFinish(), own.percentComplete())
                            : row;
                })
                .toList();
    }

    /**
     * The file's exception days on which it departs from the district construction calendar of its week: those are
     * the project's own. An exception that only repeats the district (a statutory holiday, a make-up working day) is
     * left to the district calendar, so that a later correction of the district's data reaches the plan.
     */
    static List<PlanCalendarDay> projectDays(PlanFileReader.Content content, WorkingCalendar district) {
        return content.exceptions().stream()
                .filter(d -> SupportedDates.allows(d.date()))
                .filter(d -> d.working() != district.isWorkingDay(d.date()))
                .map(d -> new PlanCalendarDay(d.date(), d.working(), d.name()))
                .toList();
    }

    /**
     * The file's days, where one has no name, with the name the plan gives the same day off (or working day): a
     * Primavera XER calendar has no place for an exception's name (P6's {@code clndr_data} holds only a date and its
     * hours, and MPXJ 14.3.4 writes and reads just these), so an XER exported and imported again would otherwise lose
     * "检修停工". A plan imported elsewhere from XER gets its days without names; MS Project XML keeps them.
     */
    static List<PlanCalendarDay> keepNames(List<PlanCalendarDay> days, List<PlanCalendarDay> current) {
        Map<LocalDate, PlanCalendarDay> own = new HashMap<>();
        current.forEach(d -> own.put(d.calDate(), d));
        return days.stream()
                .map(d -> {
                    PlanCalendarDay same = own.get(d.calDate());
                    boolean nameless = d.name() == null || d.name().isBlank();
                    return nameless && same != null && same.working() == d.working() && same.name() != null
                            ? new PlanCalendarDay(d.calDate(), d.working(), same.name())
                            : d;
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public byte[] export(long projectId, CurrentUser user, Format format) {
        ProjectView project = projects.find(projectId, user);
        ProjectPlan plan = repository
                .findByProjectId(projectId)
                .orElseGet(() -> ProjectPlan.start(
                        projectId,
                        project.start() != null ? project.start() : LocalDate.now(clock),
                        project.targetFinish()));
        PlanSheet sheet = plans.sheet(projectId, user);
        ProjectFile file = PlanFileWriter.toProject(plan, sheet, scheduling.calendarOf(plan));
        // MPXJ stamps files with the system time; the platform's clock makes an export repeatable (and testable).
        LocalDateTime now = LocalDateTime.now(clock);
        file.getProjectProperties().setCurrentDate(now);
        file.getProjectProperties().setCreationDate(now);
        file.getProjectProperties().setLastSaved(now);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == Format.XER) {
                PrimaveraXERFileWriter writer = new PrimaveraXERFileWriter();
                writer.setCharset(XER_CHARSET);
                writer.write(file, out);
            } else {
                new MSPDIWriter().write(file, out);
            }
        } catch (IOException e) {
            throw new BusinessException(ErrorCode.PLAN_FILE, "format", e.getMessage());
        }
        return out.toByteArray();
    }
}
