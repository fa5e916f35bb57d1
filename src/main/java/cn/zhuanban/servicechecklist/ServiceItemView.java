package cn.zhuanban.servicechecklist;

import cn.zhuanban.project.StatusLight;
import java.time.LocalDate;

/**
 * An item with its judgement on a given day: the due date (limit from submission, else the
 * target), its light and why, and for a permit with a validity rule the day it lapses.
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
        LocalDate permitLapsesOn,
        boolean validityRule,
        int extensionsUsed,
        Integer maxExtensions,
        LocalDate workStartedOn,
        int version) {

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
