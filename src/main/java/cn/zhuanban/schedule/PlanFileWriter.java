package cn.zhuanban.schedule;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/**
 * A stored plan as an MPXJ project, for the MS Project and Primavera writers. The key travels as activity id (XER)
 * and WBS (MSPDI); stages become summary tasks. The calendar is written as a working week (Monday to Friday, or all
 * seven days for a seven-day construction week) plus one exception for every day within the plan's span on which the
 * district calendar differs from that week: holidays on working weekdays become non-working exceptions, make-up
 * working days (调休, a Saturday or Sunday worked in exchange for a holiday) become working exceptions with the
 * ordinary hours, so that MS Project and P6 count the same working days as we do.
 */
final class PlanFileWriter {

    static final LocalTime DAY_START = LocalTime.of(8, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 0);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private PlanFileWriter() {}

    static ProjectFile toProject(ProjectPlan plan, PlanSheet sheet, WorkingCalendar calendar) {
        ProjectFile file = new ProjectFile();
        ProjectCalendar base = file.addDefaultBaseCalendar();
        file.getProjectProperties().setDefaultCalendar(base);
        file.getProjectProperties().setName(sheet.projectName());
        file.getProjectProperties().setStartDate(LocalDateTime.of(plan.getStartDate(), DAY_START));
        if (plan.getTargetFinish() != null) {
            file.getProjectProperties().setMustFinishBy(LocalDateTime.of(plan.getTargetFinish(), DAY_END));
        }
        if (plan.isSevenDayWeek()) {
            for (DayOfWeek weekend : WEEKEND) {
                base.setWorkingDay(weekend, true);
                base.addDefaultCalendarHours(weekend);
            }
        }
        exceptions(
                base,
                calendar,
                plan.isSevenDayWeek(),
                plan.getStartDate(),
                sheet.schedule().finish(),
                plan.getTargetFinish());
        Map<String, Task> tasks = new HashMap<>();
        for (PlanRow row : plan.getRows()) {
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

    private static void describe(Task task, PlanRow row, PlanSheet.Row scheduled) {
        task.setName(row.name());
        task.setActivityID(row.taskKey());
        task.setWBS(row.taskKey());
        task.setMilestone(PlanRow.MILESTONE.equals(row.kind()));
        if (row.scheduled()) {
            Duration duration = Duration.getInstance(row.duration(), TimeUnit.DAYS);
            task.setDuration(duration);
            task.setPlannedDuration(duration); // Primavera writes the planned (target) and remaining durations
            task.setRemainingDuration(duration);
            task.setActualDuration(Duration.getInstance(0, TimeUnit.DAYS));
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
     * Days within the plan's span (and a month after it) on which the district calendar differs from the working
     * week, one exception a day: days off (statutory holidays, district stops) without hours, make-up working days
     * with the ordinary hours.
     */
    private static void exceptions(
            ProjectCalendar base, WorkingCalendar calendar, boolean sevenDayWeek, LocalDate from, LocalDate... ends) {
        LocalDate to = from;
        for (LocalDate end : ends) {
            if (end != null && end.isAfter(to)) {
                to = end;
            }
        }
        for (LocalDate d = from; !d.isAfter(to.plusDays(31)); d = d.plusDays(1)) {
            boolean weekly = sevenDayWeek || !WEEKEND.contains(d.getDayOfWeek());
            boolean working = calendar.isWorkingDay(d);
            if (working != weekly) {
                ProjectCalendarException exception = base.addCalendarException(d);
                if (working) {
                    exception.add(ProjectCalendarDays.DEFAULT_WORKING_MORNING);
                    exception.add(ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON);
                }
            }
        }
    }
}
