package cn.zhuanban.talent.domain;

import org.springframework.data.relational.core.mapping.Table;

@Table("recruitment_event_demand")
record EventDemand(Long demandId) {}
