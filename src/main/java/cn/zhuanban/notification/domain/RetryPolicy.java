package cn.zhuanban.notification.domain;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exponential back-off: after the n-th failed attempt the next comes {@code base × 2^(n-1)} later
 * (1, 2, 4, 8 … minutes by default); after {@code maxAttempts} failures the delivery is FAILED.
 */
@Component
public class RetryPolicy {

    private final int maxAttempts;
    private final Duration base;

    RetryPolicy(
            @Value("${zhuanban.notification.max-attempts:6}") int maxAttempts,
            @Value("${zhuanban.notification.backoff-base:PT1M}") Duration base) {
        this.maxAttempts = Math.max(1, maxAttempts);
        this.base = base;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The wait after {@code failedAttempts} failures (at least 1), or null when no attempt is left. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts >= maxAttempts) {
            return null;
        }
        return base.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
    }
}
