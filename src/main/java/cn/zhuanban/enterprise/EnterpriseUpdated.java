package cn.zhuanban.enterprise;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** An enterprise's data edited; the summary lists the changed fields before → after. */
public record EnterpriseUpdated(Actor actor, long enterpriseId, String summary) implements AuditedEvent {

    @Override
    public String action() {
        return "enterprise.updated";
    }

    @Override
    public String entityType() {
        return "enterprise";
    }

    @Override
    public String entityId() {
        return Long.toString(enterpriseId);
    }
}
