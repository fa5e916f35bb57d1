package cn.zhuanban.calendar;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A year imported, a day corrected or a non-working period added or removed. */
public record CalendarChanged(Actor actor, String action, String entityId, String summary) implements AuditedEvent {

    @Override
    public String entityType() {
        return "calendar";
    }
}
