package cn.zhuanban.ticket;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** An SLA rule was added or changed (before → after). */
public record SlaRuleSaved(Actor actor, long ruleId, String summary) implements AuditedEvent {

    @Override
    public String action() {
        return "ticket.sla-rule-saved";
    }

    @Override
    public String entityType() {
        return "ticket-sla-rule";
    }

    @Override
    public String entityId() {
        return Long.toString(ruleId);
    }
}
