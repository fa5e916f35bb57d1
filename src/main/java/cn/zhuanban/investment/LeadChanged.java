package cn.zhuanban.investment;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A lead was created, edited, moved a stage, got a follow-up or became a key project. */
public record LeadChanged(Actor actor, String action, long id, String summary) implements AuditedEvent {

    @Override
    public String entityType() {
        return "investment-lead";
    }

    @Override
    public String entityId() {
        return Long.toString(id);
    }
}
