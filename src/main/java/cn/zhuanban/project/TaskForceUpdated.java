package cn.zhuanban.project;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A task force's name, lead, chief service officer, members or departments changed. */
public record TaskForceUpdated(Actor actor, long taskForceId, String summary) implements AuditedEvent {

    @Override
    public String action() {
        return "task-force.updated";
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
