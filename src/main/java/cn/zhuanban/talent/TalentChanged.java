package cn.zhuanban.talent;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/**
 * A demand, candidate, match, recruitment event or talent service changed. Summaries never carry
 * a candidate's name or contact data, so removal on request leaves nothing personal in the log.
 */
public record TalentChanged(Actor actor, String action, String entityType, long id, String summary)
        implements AuditedEvent {

    @Override
    public String entityId() {
        return Long.toString(id);
    }
}
