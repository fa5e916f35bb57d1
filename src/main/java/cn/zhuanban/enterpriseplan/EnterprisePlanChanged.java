package cn.zhuanban.enterpriseplan;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A plan was created, edited, given a new version, approved, or a measure changed. */
public record EnterprisePlanChanged(Actor actor, String action, long planId, long enterpriseId, String summary)
        implements AuditedEvent {

    @Override
    public String entityType() {
        return "enterprise-plan";
    }

    @Override
    public String entityId() {
        return Long.toString(planId);
    }
}
