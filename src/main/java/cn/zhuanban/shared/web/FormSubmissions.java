package cn.zhuanban.shared.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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

    /** A claimed token: who posted it, and, once that post has finished, where it led (none for a page answer). */
    record Submission(
            String username, boolean finished, @Nullable String location) {}

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
        return jdbc.sql("select username, finished_at, result_location from form_submission where token = :token")
                .param("token", token)
                .query((rs, n) -> new Submission(
                        rs.getString("username"),
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
