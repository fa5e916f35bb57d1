package cn.zhuanban.servicechecklist.domain;

import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ServiceItemKind;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import java.time.LocalDate;

/** An item as read for lists, with its project's name. */
public record ItemRow(
        long id,
        long projectId,
        String projectName,
        ServiceItemKind kind,
        String name,
        Long departmentId,
        Long responsibleUserId,
        LocalDate targetDate,
        LocalDate submittedOn,
        int limitDays,
        LimitUnit limitUnit,
        ServiceItemStatus status,
        String documentNumber,
        LocalDate doneOn,
        Integer validityMonths,
        Integer extensionMonths,
        Integer maxExtensions,
        int extensionsUsed,
        LocalDate workStartedOn,
        String note,
        int version,
        String planTaskKey) {

    /**
     * The target is the item's own deadline: a date typed for an item that no plan row stands for. No plan's light
     * covers it, so an open item past it is overdue (逾期) on the item itself, as past the 办理时限 is.
     */
    public boolean ownTarget() {
        return planTaskKey == null && targetDate != null;
    }
}
