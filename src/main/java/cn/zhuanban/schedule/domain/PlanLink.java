package cn.zhuanban.schedule.domain;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A dependency between two rows by key; lag in working days, may be negative. */
@Table("plan_link")
public record PlanLink(
        String fromKey,
        String toKey,
        String linkType,
        @Column("lag_days") int lag) {}
