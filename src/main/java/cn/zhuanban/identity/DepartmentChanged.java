package cn.zhuanban.identity;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A department created, renamed, moved or removed. */
public record DepartmentChanged(Actor actor, String action, long id, String summary) implements AuditedEvent {

    @Override
    public String entityType() {
        return "department";
    }

    @Override
    public String entityId() {
        return Long.toString(id);
    }
}
