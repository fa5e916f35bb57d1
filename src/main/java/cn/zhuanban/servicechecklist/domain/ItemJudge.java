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
 * Judges an item on a given day, keeping apart two facts that are easily confused. The department's 办理时限 counts
 * from the 材料齐全受理日 (N working days on the administrative calendar, from the next working day, or N calendar
 * days): only an accepted item can near or pass it, and only that makes its light yellow or red. The target ("must
 * finish by", the plan row's latest finish or a person's date) is what the project needs: an open item past it is
 * behind the plan, which the plan's and the project's lights show; it is no fault of the department, which may not
 * even have the application yet, so it never colours the item or counts as 已超办理时限. An item that no plan row
 * stands for (made by hand, {@link ItemRow#ownTarget()}) has no plan whose light would show it late: its typed target
 * is its own deadline, and an open item past it is red and overdue ({@link ItemAlert#PAST_TARGET}), not behind a plan
 * (the 办理时限, when also passed, is named first: it is the department's own measure); nearing it, it is yellow
 * ({@link ItemAlert#NEAR_TARGET}) by the same working days that warn of a 办理时限. An issued permit with a
 * validity rule lapses validity + extensions months after issue unless work has started, and is reminded of some
 * days before.
 */
@Component
public class ItemJudge {

    /**
     * The judgement: the 办理时限's last day (or the permit's lapse day), light and why (the department's), the
     * permit's lapse day if it has one, and whether the open item is past its target (behind the plan).
     */
    public record Judgement(
            LocalDate due, StatusLight light, ItemAlert alert, LocalDate permitLapsesOn, boolean behindPlan) {}

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
            return new Judgement(null, StatusLight.GREEN, null, null, false);
        }
        boolean pastTarget = item.targetDate() != null && today.isAfter(item.targetDate());
        boolean behind = pastTarget && !item.ownTarget();
        LocalDate due = due(item, calendar);
        if (due != null && today.isAfter(due)) {
            return new Judgement(due, StatusLight.RED, ItemAlert.OVERDUE, null, behind);
        }
        if (pastTarget && item.ownTarget()) {
            return new Judgement(due, StatusLight.RED, ItemAlert.PAST_TARGET, null, false);
        }
        if (due != null && nearLimit(item, due, today, calendar)) {
            return new Judgement(due, StatusLight.YELLOW, ItemAlert.NEAR_LIMIT, null, behind);
        }
        // the own target is the item's deadline as the 办理时限 is the template's: the same working days warn of it
        if (item.ownTarget() && calendar.workingDaysBetween(today, item.targetDate()) <= yellowWorkingDays) {
            return new Judgement(due, StatusLight.YELLOW, ItemAlert.NEAR_TARGET, null, false);
        }
        return new Judgement(due, StatusLight.GREEN, null, null, behind);
    }

    private boolean nearLimit(ItemRow item, LocalDate due, LocalDate today, WorkingCalendar calendar) {
        return item.limitUnit() == LimitUnit.WORKING_DAYS
                ? calendar.workingDaysBetween(today, due) <= yellowWorkingDays
                : ChronoUnit.DAYS.between(today, due) <= yellowCalendarDays;
    }

    /** The last day of the department's 办理时限; none before the item is accepted, whatever the plan says. */
    static LocalDate due(ItemRow item, WorkingCalendar calendar) {
        return limitEnds(item.submittedOn(), item.limitDays(), item.limitUnit(), calendar);
    }

    /** The last day of a time limit of {@code days} in {@code unit} for an item accepted on {@code acceptedOn}. */
    public static LocalDate limitEnds(LocalDate acceptedOn, int days, LimitUnit unit, WorkingCalendar calendar) {
        if (acceptedOn == null) {
            return null;
        }
        return unit == LimitUnit.WORKING_DAYS ? calendar.addWorkingDays(acceptedOn, days) : acceptedOn.plusDays(days);
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
            return new Judgement(lapse, StatusLight.RED, ItemAlert.PERMIT_LAPSED, lapse, false);
        }
        if (!today.isBefore(lapse.minusDays(permitReminderDays))) {
            return new Judgement(lapse, StatusLight.YELLOW, ItemAlert.PERMIT_LAPSING, lapse, false);
        }
        return new Judgement(lapse, StatusLight.GREEN, null, lapse, false);
    }
}
