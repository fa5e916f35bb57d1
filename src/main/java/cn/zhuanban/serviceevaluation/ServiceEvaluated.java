package cn.zhuanban.serviceevaluation;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;

/**
 * A project's rating of the month was given ({@code service-evaluation.rated}) or changed
 * ({@code service-evaluation.changed}, the summary saying from what to what): the audit log keeps every change.
 */
public record ServiceEvaluated(Actor actor, String action, long evaluationId, long projectId, String summary)
        implements AuditedEvent {

    @Override
    public String entityType() {
        return "service-evaluation";
    }

    @Override
    public String entityId() {
        return Long.toString(evaluationId);
    }
}
