package cn.zhuanban.project;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A service task force set up. */
public record TaskForceRegistered(Actor actor, long taskForceId, String summary) implements AuditedEvent {

    @Override
    public String action() {
        return "task-force.registered";
    }

    @Override
    public String entityType() {
        return "task-force";
    }

    @Override
    public String entityId() {
        return Long.toString(taskForceId);
    }
}
