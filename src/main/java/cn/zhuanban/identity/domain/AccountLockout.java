package cn.zhuanban.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account after too many. Done with single SQL updates rather
 * than through the aggregate, so that parallel attempts on several nodes cannot lose a count. A name that is no
 * account is counted and locked the same way ({@link UnknownNameLockout}), so the answers do not tell which exist.
 */
@Component
public class AccountLockout {

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final Clock clock;
    private final UnknownNameLockout unknownNames;

    AccountLockout(JdbcClient jdbc, SecuritySettings settings, Clock clock, UnknownNameLockout unknownNames) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.unknownNames = unknownNames;
    }

    /** Whether {@code username}, which is no account, is locked now like an account after too many failures. */
    public boolean lockedUnknownName(String username) {
        return unknownNames.locked(username);
    }

    /** Records a failed attempt; returns true when this attempt locked the account. */
    @Transactional
    public boolean recordFailure(String username) {
        int updated = jdbc.sql("update app_user set failed_attempts = failed_attempts + 1,"
                        + " failed_since_login = failed_since_login + 1 where username = :u")
                .param("u", username)
                .update();
        if (updated == 0) {
            return unknownNames.recordFailure(username);
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

    /**
     * Records a successful login from {@code address} and returns the one before it (MLPS level 3: the user is
     * told when and from where they last logged in, and how many failed attempts came since), or null at the
     * first login.
     */
    @Transactional
    public PreviousLogin recordSuccess(String username, String address) {
        PreviousLogin previous = jdbc
                .sql("select last_login_at, last_login_ip, failed_since_login from app_user where username = :u")
                .param("u", username)
                .query((rs, n) -> new PreviousLogin(
                        rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getInt(3)))
                .list()
                .stream()
                .filter(login -> login.at() != null)
                .findFirst()
                .orElse(null);
        jdbc.sql("""
                        update app_user set failed_attempts = 0, locked_until = null, failed_since_login = 0,
                                            last_login_at = :now, last_login_ip = :ip
                        where username = :u
                        """)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("ip", address == null ? null : address.substring(0, Math.min(45, address.length())))
                .param("u", username)
                .update();
        return previous;
    }
}
