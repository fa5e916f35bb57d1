package cn.zhuanban.enterprise;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A new enterprise entered in the directory. */
public record EnterpriseRegistered(Actor actor, long enterpriseId, String creditCode, String summary)
        implements AuditedEvent {

    @Override
    public String action() {
        return "enterprise.registered";
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
