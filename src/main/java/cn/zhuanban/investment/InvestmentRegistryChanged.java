package cn.zhuanban.investment;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A partner organisation, a referrer or the reward and follow-up rules changed. */
public record InvestmentRegistryChanged(Actor actor, String action, String entityType, long id, String summary)
        implements AuditedEvent {

    @Override
    public String entityId() {
        return Long.toString(id);
    }
}
