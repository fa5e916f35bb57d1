package cn.zhuanban.industry;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A chain or one of its nodes was created, edited, re-rated, or got an enterprise or project. */
public record IndustryChainChanged(Actor actor, String action, String entityType, long id, String summary)
        implements AuditedEvent {

    @Override
    public String entityId() {
        return Long.toString(id);
    }
}
