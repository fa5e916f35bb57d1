package cn.zhuanban.schedule;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A plan template changed: a row saved or removed, or a template created as a copy. */
public record PlanTemplateChanged(Actor actor, String action, String template, String summary) implements AuditedEvent {

    @Override
    public String entityType() {
        return "plan-template";
    }

    @Override
    public String entityId() {
        return template;
    }
}
