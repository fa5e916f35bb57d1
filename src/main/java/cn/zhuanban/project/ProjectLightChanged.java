package cn.zhuanban.project;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A project's status light (or its reason) changed, e.g. turned red by an overdue milestone. */
public record ProjectLightChanged(Actor actor, long projectId, StatusLight previous, StatusLight light, String reason)
        implements AuditedEvent {

    @Override
    public String action() {
        return "project.light-changed";
    }

    @Override
    public String entityType() {
        return "project";
    }

    @Override
    public String entityId() {
        return Long.toString(projectId);
    }

    @Override
    public String summary() {
        return "statusLight: " + previous + " → " + light + (reason == null ? "" : " (" + reason + ")");
    }
}
