package cn.zhuanban.identity;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A user account (created, edited, roles, data scope, password, lock) changed. */
public record UserAccountChanged(Actor actor, String action, long id, String summary) implements AuditedEvent {

    @Override
    public String entityType() {
        return "user";
    }

    @Override
    public String entityId() {
        return Long.toString(id);
    }
}
