package cn.zhuanban.meeting;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A contact with an enterprise was logged (or turned into a ticket). */
public record ContactRecorded(Actor actor, String action, long contactId, String summary) implements AuditedEvent {

    @Override
    public String entityType() {
        return "contact";
    }

    @Override
    public String entityId() {
        return Long.toString(contactId);
    }
}
