package cn.zhuanban.shared.web;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/**
 * A request refused by a business rule on who may do what (403): another department's item, another administrator
 * duty's account. Logged as the refusals of Spring Security are, under the same action, so the auditor finds every
 * refused attempt in one place.
 */
record AccessRefused(Actor actor, String summary) implements AuditedEvent {

    @Override
    public String action() {
        return "access.refused";
    }

    @Override
    public String entityType() {
        return "security";
    }

    @Override
    public String entityId() {
        return actor.username();
    }
}
