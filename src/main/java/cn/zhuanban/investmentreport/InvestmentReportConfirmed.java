package cn.zhuanban.investmentreport;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A monthly investment report confirmed by the dispatch office. */
public record InvestmentReportConfirmed(Actor actor, long reportId, long projectId, String summary)
        implements AuditedEvent {

    @Override
    public String action() {
        return "investment.confirmed";
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
