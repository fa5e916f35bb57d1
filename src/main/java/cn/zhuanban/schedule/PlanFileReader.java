package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.engine.ScheduleEngine;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads MS Project XML (MSPDI) or Primavera XER into plan rows and links. XML with a document type declaration is
 * refused before any parser sees it: no DTD, no external entities (XXE), no entity expansion. The check reads the text
 * in the encodings a parser would ({@link XmlTexts}: UTF-16 without a byte order mark too, and the declared one), and
 * refuses what it cannot decode; MPXJ's parser, which disallows DOCTYPE declarations itself, is the second guard.
 *
 * <p>A file is taken whole or not at all: a task the plan cannot hold (no name, a duration or lag beyond what the
 * engine schedules, a date outside the calendars) refuses the file naming the task, and so does a file without any
 * task, which would otherwise empty the plan. Only MS Project's blank rows are passed over: they are no tasks. Every
 * reason is a message key under {@code schedule.file.}, so the user reads it in his language, never a parser's text.
 */
final class PlanFileReader {

    private static final Logger log = LoggerFactory.getLogger(PlanFileReader.class);

    /** The engine's limit for a duration and a lag, in working days (about 400 years). */
    static final int MAX_DAYS = ScheduleEngine.MAX_DAYS;

    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Guards memory and the calendar index: ten years of single-day exceptions is more than any real plan has. */
    static final int MAX_EXCEPTION_DAYS = 3660;

    /**
     * @param start the plan's start the file gives, null without one
     * @param dataDate the file's status date (MS Project's {@code StatusDate}, Primavera's {@code last_recalc_date}),
     *     null without one
     * @param workingDay the file's working days as its project calendar counts them (weekly pattern and
     *     exceptions, make-up working days included); the plan itself is scheduled on the district calendar
     * @param sevenDayWeek whether the file's calendar works Saturdays and Sundays (a 7-day construction week)
     * @param exceptions every day the file's project calendar lists as an exception, with its working state as the
     *     calendar counts it and the exception's name, in date order
     */
    record Content(
            List<PlanRow> rows,
            List<PlanLink> links,
            LocalDate start,
            LocalDate dataDate,
            Predicate<LocalDate> workingDay,
            boolean sevenDayWeek,
            List<FileDay> exceptions) {}

    /** One exception day of the file's calendar. */
    record FileDay(LocalDate date, boolean working, String name) {}

    private PlanFileReader() {}

    static Content read(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw bytes.length == 0 ? refused("empty") : refused("too-large");
        }
        ProjectFile project = PlanFileParser.parse(bytes);
        if (project == null) { // an XER header without any project: the reader answers null, not an error
            throw refused("no-project");
        }
        try {
            return convert(project);
        } catch (BusinessException e) {
            throw e;
        } catch (RuntimeException e) { // a parsed file MPXJ cannot walk (broken references, dates out of range)
            throw unreadable(e);
        }
    }

    private static Content convert(ProjectFile project) {
        Map<Task, String> keys = new HashMap<>();
        Set<String> used = new HashSet<>();
        PlanFileOrder order = PlanFileOrder.of(project, isXer(project));
        String prefix = order.keyPrefix();
        List<Task> tasks = order.tasks().stream()
                .filter(t -> t.getUniqueID() == null || t.getUniqueID() != 0) // the project summary task
                .filter(t -> !t.getNull()) // a blank row of MS Project
                .toList();
        if (tasks.isEmpty()) {
            throw refused("no-tasks");
        }
        for (Task t : tasks) {
            if (t.getName() == null && t.getActivityID() == null) {
                throw refused("task-unnamed", t.getID() == null ? t.getUniqueID() : t.getID(), t.getUniqueID());
            }
            keys.put(t, key(t, prefix, used));
        }
        List<PlanRow> rows = new ArrayList<>();
        for (Task t : tasks) {
            rows.add(row(t, keys, project));
        }
        List<PlanLink> links = new ArrayList<>();
        for (Task t : tasks) {
            for (Relation r : t.getPredecessors()) {
                String from = keys.get(r.getPredecessorTask());
                if (from != null && !r.getPredecessorTask().hasChildTasks() && !t.hasChildTasks()) {
                    long lag = days(r.getLag(), project);
                    if (Math.abs(lag) > MAX_DAYS) {
                        throw refused("link-lag", label(r.getPredecessorTask()), label(t), lag, MAX_DAYS);
                    }
                    links.add(new PlanLink(from, keys.get(t), type(r), (int) lag));
                }
            }
        }
        PlanFileDates dates = PlanFileDates.of(project.getProjectProperties());
        ProjectCalendar calendar = PlanFileCalendar.of(project);
        return new Content(
                rows,
                links,
                dates.start(),
                dates.dataDate(),
                PlanFileCalendar.workingDays(calendar),
                calendar != null
                        && calendar.isWorkingDay(DayOfWeek.SATURDAY)
                        && calendar.isWorkingDay(DayOfWeek.SUNDAY),
                PlanFileCalendar.exceptions(calendar));
    }

    private static PlanRow row(Task t, Map<Task, String> keys, ProjectFile project) {
        String kind = t.hasChildTasks()
                        || Boolean.TRUE.equals(t.getSummary())
                        || PlanFileWriter.STAGE_MARK.equals(t.getText(1)) // a stage without rows yet, from our export
                ? PlanRow.STAGE
                : Boolean.TRUE.equals(t.getMilestone()) ? PlanRow.MILESTONE : PlanRow.TASK;
        String parent = t.getParentTask() == null ? null : keys.get(t.getParentTask());
        String name = t.getName() == null ? keys.get(t) : shorten(t.getName());
        // P6 gives a started activity's duration as what remains or was worked: its original duration is the planned
        boolean primavera = isXer(project);
        boolean planned = t.getPlannedDuration() != null && (primavera || !hasDuration(t));
        long duration = days(planned ? t.getPlannedDuration() : t.getDuration(), project);
        if (duration < 0 || duration > ScheduleEngine.MAX_DURATION) {
            throw refused("task-duration", label(t), duration, ScheduleEngine.MAX_DURATION);
        }
        PlanRow row = PlanRow.of(keys.get(t), name, kind, parent, (int) duration, null);
        if (t.getConstraintType() != null && t.getConstraintDate() != null) {
            if (!SupportedDates.allows(t.getConstraintDate().toLocalDate())) {
                throw refused(
                        "constraint-outside",
                        label(t),
                        t.getConstraintDate().toLocalDate().toString());
            }
            String type = switch (t.getConstraintType()) {
                case START_NO_EARLIER_THAN -> "SNET";
                case FINISH_NO_LATER_THAN -> "FNLT";
                case MUST_FINISH_ON -> "MFO";
                default -> null;
            };
            if (type != null && !PlanRow.STAGE.equals(kind)) {
                row = row.withConstraint(type, t.getConstraintDate().toLocalDate());
            }
        }
        return row.scheduled() ? withProgress(t, row) : row;
    }

    /**
     * The task's progress as the file records it: its actual start and finish and its percent complete (a finish
     * makes it 100). A task without any (no actual date, 0 or no percent) carries none, and the import keeps the
     * plan's own for its key ({@link PlanInterop}). Progress the plan could not hold, as a report would be refused
     * (a date outside the calendars, a finish before its start, progress without a start, 100% without a finish),
     * refuses the file naming the task.
     */
    private static PlanRow withProgress(Task t, PlanRow row) {
        LocalDate start = t.getActualStart() == null ? null : t.getActualStart().toLocalDate();
        LocalDate finish =
                t.getActualFinish() == null ? null : t.getActualFinish().toLocalDate();
        Number recorded = t.getPercentageComplete();
        long percent = finish != null ? 100 : recorded == null ? 0 : Math.round(recorded.doubleValue());
        if (start == null && finish == null && percent == 0) {
            return row;
        }
        if (PlanRow.MILESTONE.equals(row.kind()) && start == null) { // a stage goal is reached on a day
            start = finish;
        }
        boolean outside =
                (start != null && !SupportedDates.allows(start)) || (finish != null && !SupportedDates.allows(finish));
        if (outside
                || start == null
                || percent < 0
                || percent > 100
                || (finish != null && finish.isBefore(start))
                || (percent == 100 && finish == null)) {
            throw refused(
                    "task-progress",
                    label(t),
                    start == null ? "—" : start.toString(),
                    finish == null ? "—" : finish.toString(),
                    percent);
        }
        return row.withProgress(start, finish, (int) percent);
    }

    private static String key(Task t, String prefix, Set<String> used) {
        String key =
                t.getActivityID() != null ? t.getActivityID() : t.getWBS() != null ? t.getWBS() : "T" + t.getUniqueID();
        if (!prefix.isEmpty() && key.startsWith(prefix)) { // a WBS code below the project node: P6 prefixes its code
            key = key.substring(prefix.length());
        }
        key = TypedRows.cleanKey(key); // a key the table can link to, whatever the file allowed
        if (key == null || key.length() > TypedRows.KEY_MAX || !used.add(key)) {
            key = "T" + t.getUniqueID();
            used.add(key);
        }
        return key;
    }

    private static String type(Relation r) {
        return switch (r.getType()) {
            case START_START -> "SS";
            case FINISH_FINISH -> "FF";
            case START_FINISH -> "SF";
            default -> "FS";
        };
    }

    private static boolean isXer(ProjectFile project) {
        return "XER".equals(project.getProjectProperties().getFileType());
    }

    private static boolean hasDuration(Task t) {
        return t.getDuration() != null && t.getDuration().getDuration() > 0;
    }

    /** Whole days, as a long: an absurd duration (PT99999999H) must be seen as such, not wrap round an int. */
    private static long days(org.mpxj.Duration d, ProjectFile project) {
        if (d == null) {
            return 0;
        }
        return Math.round(
                d.convertUnits(TimeUnit.DAYS, project.getProjectProperties()).getDuration());
    }

    /** How the user finds a task in his file: its name (shortened), else its row number. */
    private static String label(Task t) {
        if (t.getName() != null) {
            return shorten(t.getName(), 50);
        }
        return t.getActivityID() != null ? t.getActivityID() : "#" + (t.getID() == null ? t.getUniqueID() : t.getID());
    }

    private static String shorten(String s) {
        return shorten(s, 200);
    }

    static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** The file refused for the reason {@code schedule.file.<reason>} gives, filled with {@code args}. */
    static BusinessException refused(String reason, Object... args) {
        return new BusinessException(
                ErrorCode.PLAN_FILE,
                "file",
                new DefaultMessageSourceResolvable(new String[] {"schedule.file." + reason}, args));
    }

    /** A parser's or MPXJ's failure: its English text goes to the log for support, the user reads the reason. */
    static BusinessException unreadable(Throwable e) {
        log.info("plan file refused as unreadable: {}", e.toString());
        return refused("unreadable");
    }
}
