package cn.zhuanban.servicechecklist.domain;

import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ServiceItemKind;

/**
 * One line of the checklist template (domain.md §5), with the key of the standard plan's row that stands for the same
 * approval and, for a permit whose validity waits for work to start, the key of the row whose finish starts the work.
 */
public record TemplateRow(
        long id,
        ServiceItemKind kind,
        String name,
        String departmentCode,
        int limitDays,
        LimitUnit limitUnit,
        Integer validityMonths,
        Integer extensionMonths,
        Integer maxExtensions,
        int sortOrder,
        String planTaskKey,
        String workStartTaskKey) {}
