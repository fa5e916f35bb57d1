package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries one by one, outside any long transaction (a slow robot must not hold
 * database locks): claim, send, record the outcome, and log every status change.
 */
@Component
public class DeliveryRunner {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRunner.class);
    private static final int BATCH = 50;
    private static final int MAX_BATCHES = 10;
    /** A node that dies mid-send leaves the delivery to be retried after this lease. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final DeliveryOutbox outbox;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

    DeliveryRunner(DeliveryOutbox outbox, RetryPolicy policy, Clock clock, List<ChannelSender> senders) {
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
    }

    /** Sends what is due at {@code now}, a bounded number of batches per run; returns how many were tried. */
    public int runDue(Instant now) {
        int tried = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<DeliveryTask> due = outbox.due(now, BATCH);
            due.forEach(task -> attempt(task, now));
            tried += due.size();
            if (due.size() < BATCH) {
                break;
            }
        }
        return tried;
    }

    /** One attempt at one delivery if it is due at {@code now}; false if it was not due or taken. */
    public boolean attempt(DeliveryTask task, Instant now) {
        if (!outbox.claim(task, now, now.plus(LEASE))) {
            return false;
        }
        int attempts = task.attempts() + 1;
        try {
            senders.get(task.channel()).send(task);
            outbox.markSent(task.id(), attempts, clock.instant());
            log.info(
                    "Delivery {} ({} to user {}) SENT on attempt {}",
                    task.id(),
                    task.channel(),
                    task.userId(),
                    attempts);
        } catch (RuntimeException e) {
            failed(task, attempts, now, e);
        }
        return true;
    }

    private void failed(DeliveryTask task, int attempts, Instant now, RuntimeException e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        Duration delay = policy.delayAfter(attempts);
        if (delay == null) {
            outbox.markFailed(task.id(), attempts, error);
            log.warn(
                    "Delivery {} ({} to user {}) FAILED after {} attempts: {}",
                    task.id(),
                    task.channel(),
                    task.userId(),
                    attempts,
                    error);
        } else {
            outbox.markRetry(task.id(), attempts, now.plus(delay), error);
            log.info(
                    "Delivery {} ({} to user {}) attempt {} failed, retry in {}: {}",
                    task.id(),
                    task.channel(),
                    task.userId(),
                    attempts,
                    delay,
                    error);
        }
    }
}
