package cn.zhuanban.schedule.engine;

import cn.zhuanban.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.mpxj.ActivityType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.TimeUnit;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.PrimaveraScheduler;

/**
 * The same plan as an MPXJ project on MPXJ's default calendar (Monday–Friday, 08:00–12:00 and 13:00–17:00, no
 * holidays), scheduled by {@link PrimaveraScheduler}. Its date-times are read back as our points: 17:00 is the end of
 * a working day, 08:00 the start of one, which is the end of the previous working day.
 */
final class MpxjReference {

    static final LocalTime DAY_START = LocalTime.of(8, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 0);

    private final ProjectFile file = new ProjectFile();
    private final Map<String, org.mpxj.Task> tasks = new HashMap<>();
    private final WorkingCalendar weekdays;
    private final LocalDate start;

    MpxjReference(ScheduleRequest request, WorkingCalendar weekdays) {
        this.weekdays = weekdays;
        this.start = request.start();
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        file.getProjectProperties().setDefaultCalendar(calendar);
        if (request.targetFinish() != null) {
            file.getProjectProperties().setMustFinishBy(endOfWorkingDayOnOrBefore(request.targetFinish()));
        }
        request.tasks().forEach(this::addTask);
        request.links().forEach(this::addLink);
    }

    /** Schedules and returns the elapsed nanoseconds. */
    long schedule() {
        long began = System.nanoTime();
        try {
            new PrimaveraScheduler().schedule(file, LocalDateTime.of(start, DAY_START));
        } catch (CpmException e) {
            throw new IllegalStateException("MPXJ could not schedule the plan", e);
        }
        return System.nanoTime() - began;
    }

    org.mpxj.Task task(String key) {
        return tasks.get(key);
    }

    /** The point (see TaskTable) of an MPXJ date-time that falls on a working-day boundary. */
    int point(LocalDateTime time) {
        if (!time.toLocalTime().isAfter(DAY_START)) {
            return weekdays.indexOnOrAfter(time.toLocalDate()) - 1;
        }
        if (!time.toLocalTime().isBefore(DAY_END)) {
            return weekdays.indexOnOrBefore(time.toLocalDate());
        }
        throw new IllegalStateException("MPXJ date-time inside a working day: " + time);
    }

    double totalFloatDays(String key) {
        Duration slack = tasks.get(key).getTotalSlack();
        return slack.convertUnits(TimeUnit.DAYS, file.getProjectProperties()).getDuration();
    }

    private void addTask(Task task) {
        org.mpxj.Task mpxj = file.addTask();
        mpxj.setName(task.key());
        mpxj.setActivityType(task.duration() == 0 ? ActivityType.FINISH_MILESTONE : ActivityType.TASK_DEPENDENT);
        mpxj.setMilestone(task.duration() == 0);
        mpxj.setDuration(Duration.getInstance(task.duration(), TimeUnit.DAYS));
        mpxj.setRemainingDuration(Duration.getInstance(task.duration(), TimeUnit.DAYS));
        mpxj.setActualDuration(Duration.getInstance(0, TimeUnit.DAYS));
        if (task.constraint() != null) {
            addConstraint(mpxj, task.constraint());
        }
        tasks.put(task.key(), mpxj);
    }

    /**
     * Constraint dates are given as the equivalent end of a working day. For SNET that is the end of the working day
     * before the date: MPXJ replaces any early start on the constraint's calendar date by the constraint date itself,
     * so "08:00 on D" would let a task start on D although its FS predecessor only finishes at 17:00 on D.
     */
    private void addConstraint(org.mpxj.Task mpxj, Constraint constraint) {
        switch (constraint.type()) {
            case SNET -> {
                mpxj.setConstraintType(org.mpxj.ConstraintType.START_NO_EARLIER_THAN);
                int point = weekdays.indexOnOrAfter(constraint.date()) - 1;
                mpxj.setConstraintDate(LocalDateTime.of(weekdays.dateAt(point), DAY_END));
            }
            case FNLT -> {
                mpxj.setConstraintType(org.mpxj.ConstraintType.FINISH_NO_LATER_THAN);
                mpxj.setConstraintDate(endOfWorkingDayOnOrBefore(constraint.date()));
            }
            case MFO -> {
                mpxj.setConstraintType(org.mpxj.ConstraintType.MUST_FINISH_ON);
                mpxj.setConstraintDate(endOfWorkingDayOnOrBefore(constraint.date()));
            }
        }
    }

    private void addLink(Link link) {
        RelationType type = switch (link.type()) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
        };
        tasks.get(link.to())
                .addPredecessor(new Relation.Builder()
                        .predecessorTask(tasks.get(link.from()))
                        .type(type)
                        .lag(Duration.getInstance(link.lag(), TimeUnit.DAYS)));
    }

    private LocalDateTime endOfWorkingDayOnOrBefore(LocalDate date) {
        return LocalDateTime.of(weekdays.workingDayOnOrBefore(date), DAY_END);
    }
}
