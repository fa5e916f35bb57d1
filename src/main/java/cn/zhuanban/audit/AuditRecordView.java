package cn.zhuanban.audit;

import java.time.Instant;

public record AuditRecordView(
        long id,
        Instant occurredAt,
        String actor,
        String address,
        String action,
        String entityType,
        String entityId,
        String summary) {}
