package cn.zhuanban.servicechecklist;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** An item was created (alone or from the template), edited, or its permit extended or its work started. */
public record ServiceItemChanged(Actor actor, String action, long itemId, long projectId, String summary)
        implements AuditedEvent {

    @Override
    public String entityType() {
        return "service-item";
    }

    @Override
    public String entityId() {
        return Long.toString(itemId);
    }
}
