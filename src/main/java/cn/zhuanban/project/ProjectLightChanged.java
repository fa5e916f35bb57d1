package cn.zhuanban.project;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/**
 * A project's status light (or its reason) changed, e.g. turned red by an overdue milestone. When only the reason
 * changed, the record says so ({@code project.light-reason-changed}, {@code statusLight: YELLOW (reason)}): an audit
 * line "黄灯 → 黄灯" read as a change of nothing. A light with none before it is the one the demo district was seeded with
 * ({@code project.light-seeded}, {@code statusLight: RED (reason)}).
 */
public record ProjectLightChanged(Actor actor, long projectId, StatusLight previous, StatusLight light, String reason)
        implements AuditedEvent {

    @Override
    public String action() {
        if (previous == null) {
            return "project.light-seeded";
        }
        return previous == light ? "project.light-reason-changed" : "project.light-changed";
    }

    @Override
    public String entityType() {
        return "project";
    }

    @Override
    public String entityId() {
        return Long.toString(projectId);
    }

    @Override
    public String summary() {
        String remark = reason == null ? "" : " (" + reason + ")";
        return previous == light || previous == null
                ? "statusLight: " + light + remark
                : "statusLight: " + previous + " → " + light + remark;
    }
}
