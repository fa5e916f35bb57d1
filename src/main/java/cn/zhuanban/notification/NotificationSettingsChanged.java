package cn.zhuanban.notification;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/** A user's channel choice or a department's robot settings changed (secrets never in the summary). */
public record NotificationSettingsChanged(
        Actor actor, String action, String entityType, String entityId, String summary) implements AuditedEvent {}
