package cn.zhuanban.meeting;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A series was set up, or a meeting planned, its agenda or minutes edited, a decision taken, confirmed or amended. */
public record MeetingChanged(Actor actor, String action, String entityType, long id, String summary)
        implements AuditedEvent {

    @Override
    public String entityId() {
        return Long.toString(id);
    }
}
