package cn.zhuanban.schedule;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A project's plan changed: a row edited, added or removed, a template applied or a file imported. */
public record PlanChanged(Actor actor, String action, long projectId, String summary) implements AuditedEvent {

    @Override
    public String entityType() {
        return "project-plan";
    }

    @Override
    public String entityId() {
        return Long.toString(projectId);
    }
}
