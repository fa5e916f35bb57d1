package cn.zhuanban.investmentreport;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** Monthly investment reports imported from an XLSX file (all rows valid). */
public record InvestmentImported(Actor actor, int rows, String fileName, String summary) implements AuditedEvent {

    @Override
    public String action() {
        return "investment.imported";
    }

    @Override
    public String entityType() {
        return "investment_report";
    }

    @Override
    public String entityId() {
        return fileName;
    }
}
