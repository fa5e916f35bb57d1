package cn.zhuanban.shared.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-time tokens of posted forms (table {@code form_submission}), shared by every node through the database: the
 * primary key lets one post of a token claim it, on whichever node. Each write runs in a transaction of its own, so a
 * refused insert aborts no transaction around it (PostgreSQL would refuse every later statement of one) and a claim is
 * seen by the other nodes at once.
 */
@Component
class FormSubmissions {

    /**
     * A claimed token: who posted it and when, and, once that post has finished, where it led (none for a page
     * answer).
     */
    record Submission(
            String username,
            Instant claimedAt,
            boolean finished,
            @Nullable String location) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    FormSubmissions(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** True when this post is the token's first; false when another post claimed it before. */
    boolean claim(String token, String username) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                            "insert into form_submission (token, username, created_at) values (:token, :user, :at)")
                    .param("token", token)
                    .param("user", username)
                    .param("at", Timestamp.from(clock.instant()))
                    .update());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Takes over the token of a post still running that was claimed before {@code claimedBefore}: its node died (or
     * stopped) during the post, and the resend must not wait for the nightly purge. True when this post took it (one
     * row changed: of two resends at once only one does), false when the first post has finished or is recent.
     */
    boolean takeOver(String token, String username, Instant claimedBefore) {
        Integer taken = ownTransaction.execute(status -> jdbc.sql("""
                        update form_submission set username = :user, created_at = :at
                        where token = :token and finished_at is null and created_at < :before""")
                .param("user", username)
                .param("at", Timestamp.from(clock.instant()))
                .param("token", token)
                .param("before", Timestamp.from(claimedBefore))
                .update());
        return taken != null && taken == 1;
    }

    /** Records that the token's post has finished and where it led. */
    void finish(String token, @Nullable String location) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                        "update form_submission set finished_at = :at, result_location = :location where token = :token")
                .param("at", Timestamp.from(clock.instant()))
                .param("location", location)
                .param("token", token)
                .update());
    }

    /** Frees the token of a post that failed or was refused: the same form may be posted again. */
    void release(String token) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from form_submission where token = :token")
                .param("token", token)
                .update());
    }

    Optional<Submission> find(String token) {
        return jdbc.sql("select username, created_at, finished_at, result_location from form_submission"
                        + " where token = :token")
                .param("token", token)
                .query((rs, n) -> new Submission(
                        rs.getString("username"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("finished_at") != null,
                        rs.getString("result_location")))
                .optional();
    }

    /** Removes the tokens claimed more than {@code keep} ago; says how many. */
    int purgeOlderThan(Duration keep) {
        return ownTransaction.execute(status -> jdbc.sql("delete from form_submission where created_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(keep)))
                .update());
    }
}
