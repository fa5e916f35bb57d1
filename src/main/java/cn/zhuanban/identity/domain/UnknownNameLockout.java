package cn.zhuanban.identity.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed logins under a name that is no account, counted and locked as {@link AccountLockout} does an account's: the
 * login page said "locked" after five failures for a real user and "wrong password" for ever for an unknown name,
 * which told anyone which usernames exist. Kept in the database like the accounts' counts, so every node agrees;
 * counted by single updates, the first row inserted under a savepoint so two nodes inserting at once lose no count.
 */
@Component
class UnknownNameLockout {

    /** Names longer than any username are cut here; they are no account either way. */
    private static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    UnknownNameLockout(
            JdbcClient jdbc, SecuritySettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Records a failed attempt under the unknown name; true when this attempt locked it. Runs in the caller's transaction. */
    boolean recordFailure(String username) {
        String name = cut(username);
        Instant now = clock.instant();
        jdbc.sql(
                        "delete from login_failure where last_failed_at < :day and (locked_until is null or locked_until < :now)")
                .param("day", Timestamp.from(now.minus(Duration.ofDays(1))))
                .param("now", Timestamp.from(now))
                .update();
        if (count(name, now) == 0 && !insert(name, now)) {
            count(name, now);
        }
        return jdbc.sql("""
                        update login_failure set locked_until = :until, failed_attempts = 0
                        where username = :u and failed_attempts >= :max
                        """)
                        .param("until", Timestamp.from(now.plus(Duration.ofMinutes(settings.lockMinutes()))))
                        .param("u", name)
                        .param("max", settings.maxFailedAttempts())
                        .update()
                > 0;
    }

    /** Whether the name, still no account, is locked now. */
    boolean locked(String username) {
        return jdbc.sql("""
                        select count(*) from login_failure f
                        where f.username = :u and f.locked_until > :now
                          and not exists (select 1 from app_user a where a.username = f.username)
                        """)
                        .param("u", cut(username))
                        .param("now", Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private int count(String name, Instant now) {
        return jdbc.sql("update login_failure set failed_attempts = failed_attempts + 1, last_failed_at = :now"
                        + " where username = :u")
                .param("now", Timestamp.from(now))
                .param("u", name)
                .update();
    }

    /** The name's first failure; false when another node inserted it meanwhile. */
    private boolean insert(String name, Instant now) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(
                            "insert into login_failure (username, failed_attempts, last_failed_at) values (:u, 1, :now)")
                    .param("u", name)
                    .param("now", Timestamp.from(now))
                    .update());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static String cut(String username) {
        return username.length() > MAX_NAME ? username.substring(0, MAX_NAME) : username;
    }
}
