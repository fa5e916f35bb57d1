package cn.zhuanban.investmentreport;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A monthly investment report submitted or corrected (before → after). */
public record InvestmentReported(Actor actor, long reportId, long projectId, String summary) implements AuditedEvent {

    @Override
    public String action() {
        return "investment.reported";
    }

    @Override
    public String entityType() {
        return "investment_report";
    }

    @Override
    public String entityId() {
        return Long.toString(reportId);
    }
}
