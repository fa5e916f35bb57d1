package cn.zhuanban.investmentreport;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** Site progress photos added to a monthly report. */
public record InvestmentPhotosAdded(Actor actor, long reportId, long projectId, String summary)
        implements AuditedEvent {

    @Override
    public String action() {
        return "investment.photos-added";
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
