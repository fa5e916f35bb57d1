package cn.zhuanban.servicechecklist.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.servicechecklist.ItemAlert;
import cn.zhuanban.servicechecklist.LimitUnit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Judges an item on a given day. The limit counts from the submission day (N working days on the
 * administrative calendar, from the next working day, or N calendar days); without a submission
 * the target date is watched. An issued permit with a validity rule lapses validity + extensions
 * months after issue unless work has started, and is reminded of some days before.
 */
@Component
public class ItemJudge {

    /** The judgement: due date, light, why, and the permit's lapse day if it has one. */
    public record Judgement(LocalDate due, StatusLight light, ItemAlert alert, LocalDate permitLapsesOn) {}

    private final int yellowWorkingDays;
    private final int yellowCalendarDays;
    private final int permitReminderDays;

    ItemJudge(
            @Value("${zhuanban.checklist.yellow-working-days:2}") int yellowWorkingDays,
            @Value("${zhuanban.checklist.yellow-calendar-days:3}") int yellowCalendarDays,
            @Value("${zhuanban.checklist.permit-reminder-days:30}") int permitReminderDays) {
        this.yellowWorkingDays = yellowWorkingDays;
        this.yellowCalendarDays = yellowCalendarDays;
        this.permitReminderDays = permitReminderDays;
    }

    public Judgement judge(ItemRow item, LocalDate today, WorkingCalendar calendar) {
        LocalDate lapse = permitLapse(item);
        if (lapse != null) {
            return permit(lapse, today);
        }
        if (!item.status().open()) {
            return new Judgement(null, StatusLight.GREEN, null, null);
        }
        LocalDate due = due(item, calendar);
        if (due == null) {
            return new Judgement(null, StatusLight.GREEN, null, null);
        }
        if (today.isAfter(due)) {
            return new Judgement(due, StatusLight.RED, ItemAlert.OVERDUE, null);
        }
        boolean near = item.submittedOn() != null && item.limitUnit() == LimitUnit.WORKING_DAYS
                ? calendar.workingDaysBetween(today, due) <= yellowWorkingDays
                : ChronoUnit.DAYS.between(today, due) <= yellowCalendarDays;
        return near
                ? new Judgement(due, StatusLight.YELLOW, ItemAlert.NEAR_LIMIT, null)
                : new Judgement(due, StatusLight.GREEN, null, null);
    }

    static LocalDate due(ItemRow item, WorkingCalendar calendar) {
        if (item.submittedOn() == null) {
            return item.targetDate();
        }
        return item.limitUnit() == LimitUnit.WORKING_DAYS
                ? calendar.addWorkingDays(item.submittedOn(), item.limitDays())
                : item.submittedOn().plusDays(item.limitDays());
    }

    /** The day an issued permit lapses if work has not started by then; null if no rule applies. */
    static LocalDate permitLapse(ItemRow item) {
        if (item.validityMonths() == null
                || item.doneOn() == null
                || item.workStartedOn() != null
                || item.status().open()) {
            return null;
        }
        int extension = item.extensionMonths() == null ? 0 : item.extensionMonths();
        return item.doneOn().plusMonths(item.validityMonths() + (long) extension * item.extensionsUsed());
    }

    private Judgement permit(LocalDate lapse, LocalDate today) {
        if (today.isAfter(lapse)) {
            return new Judgement(lapse, StatusLight.RED, ItemAlert.PERMIT_LAPSED, lapse);
        }
        if (!today.isBefore(lapse.minusDays(permitReminderDays))) {
            return new Judgement(lapse, StatusLight.YELLOW, ItemAlert.PERMIT_LAPSING, lapse);
        }
        return new Judgement(lapse, StatusLight.GREEN, null, lapse);
    }
}
