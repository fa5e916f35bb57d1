package cn.zhuanban.project;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A key project's data edited; the summary lists the changed fields before → after. */
public record ProjectUpdated(Actor actor, long projectId, String summary) implements AuditedEvent {

    @Override
    public String action() {
        return "project.updated";
    }

    @Override
    public String entityType() {
        return "project";
    }

    @Override
    public String entityId() {
        return Long.toString(projectId);
    }
}
