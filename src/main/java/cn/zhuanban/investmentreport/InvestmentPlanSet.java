package cn.zhuanban.investmentreport;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A project's annual investment plan per month set. */
public record InvestmentPlanSet(Actor actor, long projectId, int year, String summary) implements AuditedEvent {

    @Override
    public String action() {
        return "investment.plan-set";
    }

    @Override
    public String entityType() {
        return "project";
    }

    @Override
    public String entityId() {
        return Long.toString(projectId);
    }
}
