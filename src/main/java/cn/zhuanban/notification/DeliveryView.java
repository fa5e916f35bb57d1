package cn.zhuanban.notification;

import java.time.Instant;

/** One delivery of the outbox as the administrator's ledger shows it. */
public record DeliveryView(
        long id,
        String idempotencyKey,
        long userId,
        Long departmentId,
        Channel channel,
        String address,
        String subject,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant sentAt,
        String lastError) {}
