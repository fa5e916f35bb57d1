package cn.zhuanban.servicechecklist;

import cn.zhuanban.project.StatusLight;
import java.time.LocalDate;

/**
 * An item with its judgement on a given day. Two dates that must not be confused: {@code due} is the last day of the
 * department's 办理时限 counted from the 材料齐全受理日 (none before acceptance; for an issued permit, the day it lapses),
 * and only it makes the light and the {@code alert} (已超办理时限 is the department's lateness); {@code targetDate} is
 * the date the item must be finished by for the project to meet its plan (计划须完成), and {@code behindPlan} says an
 * open item is past it, which is the plan's lateness and shown by the plan's and the project's lights. An item no plan
 * row stands for has its typed target as its own deadline: past it, it is red with {@link ItemAlert#PAST_TARGET}.
 */
public record ServiceItemView(
        long id,
        long projectId,
        String projectName,
        ServiceItemKind kind,
        String name,
        Long departmentId,
        String departmentName,
        Long responsibleUserId,
        String responsibleName,
        LocalDate targetDate,
        LocalDate submittedOn,
        int limitDays,
        LimitUnit limitUnit,
        ServiceItemStatus status,
        String documentNumber,
        LocalDate doneOn,
        String note,
        LocalDate due,
        StatusLight light,
        ItemAlert alert,
        boolean behindPlan,
        LocalDate permitLapsesOn,
        boolean validityRule,
        int extensionsUsed,
        Integer maxExtensions,
        LocalDate workStartedOn,
        int version) {

    /** The last day of the department's 办理时限; null before acceptance and for an issued permit (see its lapse). */
    public LocalDate limitEnds() {
        return permitLapsesOn == null ? due : null;
    }

    /** The day the alert is about: the own target an item is past or nears, else the 办理时限's end or the permit's lapse. */
    public LocalDate alertDate() {
        return alert == ItemAlert.PAST_TARGET || alert == ItemAlert.NEAR_TARGET ? targetDate : due;
    }

    /**
     * Why an open item's time limit has no end date, as a message key, or null when it has one: a pending item not yet
     * accepted (未受理，时限未起算), or one in progress, which the department has accepted, whose day of acceptance
     * nobody recorded (the limit counts from it). An item in progress read "未受理" beside its own 办理中.
     */
    public String clockNote() {
        if (submittedOn != null || !status.open()) {
            return null;
        }
        return status == ServiceItemStatus.PENDING ? "checklist.due.not-accepted" : "checklist.due.accepted-on-missing";
    }

    /** A permit that was issued, whose work has not started and that may still be extended. */
    public boolean extensible() {
        return permitLapsesOn != null
                && workStartedOn == null
                && maxExtensions != null
                && extensionsUsed < maxExtensions;
    }

    public boolean awaitingWorkStart() {
        return permitLapsesOn != null && workStartedOn == null;
    }
}
