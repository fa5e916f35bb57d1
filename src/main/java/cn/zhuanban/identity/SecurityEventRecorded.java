package cn.zhuanban.identity;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/**
 * A security-relevant occurrence that changes no business data but must be in the audit log:
 * logins, failed logins, lockouts, logouts, refused requests, API tokens issued or revoked.
 */
public record SecurityEventRecorded(Actor actor, String action, String subject, String summary)
        implements AuditedEvent {

    @Override
    public String entityType() {
        return "security";
    }

    @Override
    public String entityId() {
        return subject;
    }
}
