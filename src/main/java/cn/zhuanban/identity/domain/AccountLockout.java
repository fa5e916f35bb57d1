package cn.zhuanban.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account after too many. Done with single SQL updates rather
 * than through the aggregate, so that parallel attempts on several nodes cannot lose a count.
 */
@Component
public class AccountLockout {

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final Clock clock;

    AccountLockout(JdbcClient jdbc, SecuritySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records a failed attempt; returns true when this attempt locked the account. */
    @Transactional
    public boolean recordFailure(String username) {
        int updated = jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where username = :u")
                .param("u", username)
                .update();
        if (updated == 0) {
            return false;
        }
        Instant until = clock.instant().plus(Duration.ofMinutes(settings.lockMinutes()));
        return jdbc.sql("""
                        update app_user set locked_until = :until, failed_attempts = 0
                        where username = :u and failed_attempts >= :max
                        """)
                        .param("until", java.sql.Timestamp.from(until))
                        .param("u", username)
                        .param("max", settings.maxFailedAttempts())
                        .update()
                > 0;
    }

    @Transactional
    public void recordSuccess(String username) {
        jdbc.sql(
                        "update app_user set failed_attempts = 0, locked_until = null where username = :u and failed_attempts > 0")
                .param("u", username)
                .update();
    }
}
