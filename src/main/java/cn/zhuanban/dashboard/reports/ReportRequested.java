package cn.zhuanban.dashboard.reports;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A generated report was requested (the audit log records who asked for which report). */
public record ReportRequested(Actor actor, long jobId, String summary) implements AuditedEvent {

    @Override
    public String action() {
        return "report.requested";
    }

    @Override
    public String entityType() {
        return "report_job";
    }

    @Override
    public String entityId() {
        return Long.toString(jobId);
    }
}
