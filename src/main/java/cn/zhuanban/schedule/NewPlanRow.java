package cn.zhuanban.schedule;

import java.time.LocalDate;

/** A row typed into the plan table. */
public record NewPlanRow(
        String key,
        String name,
        String kind,
        String parentKey,
        int duration,
        String department,
        LocalDate targetDate) {}
