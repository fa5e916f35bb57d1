package cn.zhuanban.servicechecklist.domain;

import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ServiceItemKind;

/** One line of the checklist template (domain.md §5). */
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
        int sortOrder) {}
