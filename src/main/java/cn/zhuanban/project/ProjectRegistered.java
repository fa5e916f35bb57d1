package cn.zhuanban.project;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A key project registered. */
public record ProjectRegistered(Actor actor, long projectId, long enterpriseId, String name, String summary)
        implements AuditedEvent {

    @Override
    public String action() {
        return "project.registered";
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
