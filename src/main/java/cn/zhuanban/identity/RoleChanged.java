package cn.zhuanban.identity;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A role created or its permissions changed. */
public record RoleChanged(Actor actor, String action, long id, String summary) implements AuditedEvent {

    @Override
    public String entityType() {
        return "role";
    }

    @Override
    public String entityId() {
        return Long.toString(id);
    }
}
