package cn.zhuanban.schedule;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.schedule.domain.PlanCalendarDay;
import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.PlanRows;
import cn.zhuanban.schedule.domain.ProjectPlan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mpxj.ActivityType;
import org.mpxj.ConstraintType;
import org.mpxj.Currency;
import org.mpxj.CurrencySymbolPosition;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.TimeUnit;

/**
 * A stored plan as an MPXJ project, for the MS Project and Primavera writers. The key travels as activity id (XER)
 * and WBS (MSPDI); stages become summary tasks (WBS nodes in XER), stage goals finish milestones. Tasks are added in
 * the plan's row order as an outline (each stage followed by its own rows, {@link #outline}), so their unique ids (XER
 * task and WBS ids) count the rows: the reader restores the order from them, as Primavera sorts a WBS node's
 * activities by activity id ({@link PlanFileReader}). The plan's data date travels as the status date. The calendar is
 * written as a working week (Monday to Friday, or all seven days for a seven-day construction week) plus one exception
 * for every day within the plan's span on which the plan's calendar (the district's with the plan's own exceptions)
 * differs from that week, and one for each of the plan's own exceptions: holidays on working weekdays become
 * non-working exceptions, make-up working days (调休, a Saturday or Sunday worked in exchange for a holiday) become
 * working exceptions with the ordinary hours, so that MS Project and P6 count the same working days as we do.
 */
final class PlanFileWriter {

    /** What the stage rows carry in MS Project's Text1 field (named {@link #STAGE_FIELD}). */
    static final String STAGE_MARK = "zhuanban-stage";

    static final String STAGE_FIELD = "专班阶段";
    static final LocalTime DAY_START = LocalTime.of(8, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 0);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private PlanFileWriter() {}

    static ProjectFile toProject(ProjectPlan plan, PlanSheet sheet, WorkingCalendar calendar) {
        ProjectFile file = new ProjectFile();
        ProjectCalendar base = file.addDefaultBaseCalendar();
        file.getProjectProperties().setDefaultCalendar(base);
        file.getProjectProperties().setName(sheet.projectName());
        file.getProjectProperties().setProjectTitle(sheet.projectName()); // MS Project shows the title, not the name
        file.getProjectProperties().setCurrencyCode("CNY"); // the district counts in yuan (MPXJ's default is "$")
        file.getProjectProperties().setCurrencySymbol("¥");
        file.getProjectProperties().setSymbolPosition(CurrencySymbolPosition.BEFORE);
        file.getProjectProperties().setCurrencyDigits(2);
        // Primavera's writer takes the currency from the project's currency list, not the properties: without an
        // entry it wrote USD, "$" and "US Dollar" into the XER's header and CURRTYPE table
        file.getCurrencies()
                .add(new Currency.Builder(file)
                        .uniqueID(1)
                        .currencyID("CNY")
                        .name("Chinese Yuan Renminbi")
                        .symbol("¥")
                        .numberOfDecimalPlaces(2)
                        .decimalSymbol(".")
                        .digitGroupingSymbol(",")
                        .positiveCurrencyFormat("#1.1")
                        .negativeCurrencyFormat("(#1.1)")
                        .exchangeRate(1.0)
                        .build());
        file.getProjectProperties().setStartDate(LocalDateTime.of(plan.getStartDate(), DAY_START));
        if (plan.getDataDate() != null) { // MS Project's status date, P6's data date (last_recalc_date)
            file.getProjectProperties().setStatusDate(LocalDateTime.of(plan.getDataDate(), DAY_END));
        }
        if (plan.getTargetFinish() != null) {
            file.getProjectProperties().setMustFinishBy(LocalDateTime.of(plan.getTargetFinish(), DAY_END));
        }
        if (plan.isSevenDayWeek()) {
            for (DayOfWeek weekend : WEEKEND) {
                base.setWorkingDay(weekend, true);
                // MPXJ's default hours leave Saturday and Sunday empty: a working weekend day needs them given
                ProjectCalendarHours hours = base.addCalendarHours(weekend);
                hours.add(ProjectCalendarDays.DEFAULT_WORKING_MORNING);
                hours.add(ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON);
            }
        }
        exceptions(
                base,
                calendar,
                plan.isSevenDayWeek(),
                plan.getCalendarDays(),
                plan.getStartDate(),
                sheet.schedule().finish(),
                plan.getTargetFinish());
        file.getCustomFields().getOrCreate(TaskField.TEXT1).setAlias(STAGE_FIELD);
        Map<String, Task> tasks = new HashMap<>();
        for (PlanRow row : outline(plan.getRows())) {
            Task parent = row.parentKey() == null ? null : tasks.get(row.parentKey());
            Task task = parent == null ? file.addTask() : parent.addTask();
            describe(task, row, sheet.row(row.taskKey()));
            tasks.put(row.taskKey(), task);
        }
        for (PlanLink link : plan.getLinks()) {
            tasks.get(link.toKey())
                    .addPredecessor(new Relation.Builder()
                            .predecessorTask(tasks.get(link.fromKey()))
                            .type(RelationType.valueOf(
                                    switch (link.linkType()) {
                                        case "SS" -> "START_START";
                                        case "FF" -> "FINISH_FINISH";
                                        case "SF" -> "START_FINISH";
                                        default -> "FINISH_START";
                                    }))
                            .lag(Duration.getInstance(link.lag(), TimeUnit.DAYS)));
        }
        return file;
    }

    /** The rows as an outline ({@link PlanRows#outline}): MS Project reads it from the order alone. */
    static List<PlanRow> outline(List<PlanRow> rows) {
        return PlanRows.outline(rows);
    }

    private static void describe(Task task, PlanRow row, PlanSheet.Row scheduled) {
        task.setName(row.name());
        task.setActivityID(row.taskKey());
        task.setWBS(row.taskKey());
        if (PlanRow.STAGE.equals(row.kind())) {
            // a stage without rows yet has no children to make it a summary task: the flag keeps it a WBS node in
            // XER, and MS Project, which makes a summary of children alone, keeps the mark in a text field
            task.setSummary(true);
            task.setText(1, STAGE_MARK);
        }
        if (PlanRow.MILESTONE.equals(row.kind())) {
            task.setMilestone(true);
            // Primavera knows a milestone by its activity type alone (TT_FinMile): without it a stage goal came back
            // from an XER as an ordinary task of no duration
            task.setActivityType(ActivityType.FINISH_MILESTONE);
        }
        if (row.scheduled()) {
            Duration duration = Duration.getInstance(row.duration(), TimeUnit.DAYS);
            task.setDuration(duration);
            task.setPlannedDuration(duration); // Primavera writes the planned (target) and remaining durations
            int done = row.percentComplete() == null ? 0 : row.duration() * row.percentComplete() / 100;
            task.setRemainingDuration(Duration.getInstance(row.duration() - done, TimeUnit.DAYS));
            task.setActualDuration(Duration.getInstance(done, TimeUnit.DAYS));
            progress(task, row);
        }
        if (scheduled != null && scheduled.earlyStart() != null) {
            task.setStart(LocalDateTime.of(scheduled.earlyStart(), DAY_START));
            task.setFinish(LocalDateTime.of(scheduled.earlyFinish(), DAY_END));
        }
        if (row.constraintType() != null && row.constraintDate() != null) {
            task.setConstraintType(
                    switch (row.constraintType()) {
                        case "SNET" -> ConstraintType.START_NO_EARLIER_THAN;
                        case "MFO" -> ConstraintType.MUST_FINISH_ON;
                        default -> ConstraintType.FINISH_NO_LATER_THAN;
                    });
            LocalTime time = "SNET".equals(row.constraintType()) ? DAY_START : DAY_END;
            task.setConstraintDate(LocalDateTime.of(row.constraintDate(), time));
        }
    }

    /**
     * The row's reported progress, so that a file imported back (or read by MS Project or P6) keeps it: the actual
     * start at the start of the day (a stage goal's at its end), the actual finish at its end, the percent complete (0
     * for a row without progress).
     */
    private static void progress(Task task, PlanRow row) {
        if (row.actualStart() != null) { // a stage goal is reached at a moment: P6 reads a day's span as a day's work
            LocalTime time = PlanRow.MILESTONE.equals(row.kind()) ? DAY_END : DAY_START;
            task.setActualStart(LocalDateTime.of(row.actualStart(), time));
        }
        if (row.actualFinish() != null) {
            task.setActualFinish(LocalDateTime.of(row.actualFinish(), DAY_END));
        }
        task.setPercentageComplete(row.percentComplete() == null ? 0 : row.percentComplete());
    }

    /**
     * Days within the plan's span (and a month after it) on which the plan's calendar differs from the working week,
     * one exception a day: days off (statutory holidays, district stops, the project's own rest days) without hours,
     * working days (make-up days, holidays the project works through) with the ordinary hours. Every one of the plan's
     * own exceptions is written, even outside the span or where it agrees with the week, so that an import finds it.
     */
    private static void exceptions(
            ProjectCalendar base,
            WorkingCalendar calendar,
            boolean sevenDayWeek,
            List<PlanCalendarDay> own,
            LocalDate from,
            LocalDate... ends) {
        LocalDate to = from;
        for (LocalDate end : ends) {
            if (end != null && end.isAfter(to)) {
                to = end;
            }
        }
        java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
        for (LocalDate d = from; !d.isAfter(to.plusDays(31)); d = d.plusDays(1)) {
            boolean weekly = sevenDayWeek || !WEEKEND.contains(d.getDayOfWeek());
            if (calendar.isWorkingDay(d) != weekly) {
                days.add(d);
            }
        }
        own.forEach(d -> days.add(d.calDate()));
        for (LocalDate d : days) {
            ProjectCalendarException exception = base.addCalendarException(d);
            // MSPDI keeps the name; an XER calendar has none (P6 stores a date and its hours only, see PlanInterop)
            exception.setName(calendar.nameOf(d));
            if (calendar.isWorkingDay(d)) {
                exception.add(ProjectCalendarDays.DEFAULT_WORKING_MORNING);
                exception.add(ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON);
            }
        }
    }
}
