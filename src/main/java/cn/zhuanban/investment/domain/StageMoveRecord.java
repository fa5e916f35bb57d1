package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.LeadStage;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** The date a lead reached a stage, who moved it and why (the reason for TERMINATED). */
@Table("lead_stage_move")
public record StageMoveRecord(LeadStage stage, LocalDate movedOn, String movedBy, String note) {}
