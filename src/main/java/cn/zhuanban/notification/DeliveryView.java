package cn.zhuanban.notification;

import java.time.Instant;
import java.util.Set;

/**
 * One delivery of the outbox as the administrator's ledger shows it. Its subject and body are not part of it: they
 * carry the notice's business content (a ticket's text, an enterprise's complaint), which under the separation of
 * the three administrators the system administrator does not see; what kind of notice it was is enough to run the
 * channels.
 */
public record DeliveryView(
        long id,
        String idempotencyKey,
        long userId,
        Long departmentId,
        Channel channel,
        String address,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant sentAt,
        String lastError) {

    private static final Set<String> KINDS = Set.of("ticket", "investment-missing", "service-dissatisfied");

    /** The kind of notice, from the occasion its key names ({@code ticket:7:step:3}…); message {@code delivery.kind.*}. */
    public String kind() {
        String prefix = idempotencyKey.substring(0, Math.max(0, idempotencyKey.indexOf(':')));
        return KINDS.contains(prefix) ? prefix : "other";
    }
}
