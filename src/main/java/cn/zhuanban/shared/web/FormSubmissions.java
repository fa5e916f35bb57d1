package cn.zhuanban.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
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
 * seen by the other nodes at once. Its times are timestamps with time zone, bound and read as {@link OffsetDateTime}:
 * no node's JVM zone enters them, so nodes in different zones agree how long ago a token was claimed.
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

    /**
     * The claim of a token by one post: {@code id} tells it from a later post's claim of the same token, so a post
     * whose claim was taken over finishes or frees nothing.
     */
    record Claim(String token, String id) {

        static Claim drawn(String token) {
            return new Claim(token, UUID.randomUUID().toString());
        }
    }

    /** This post's claim when it is the token's first; empty when another post claimed it before. */
    Optional<Claim> claim(String token, String username) {
        Claim claim = Claim.drawn(token);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                            insert into form_submission (token, username, created_at, claim_id)
                            values (:token, :user, :at, :claim)""")
                    .param("token", token)
                    .param("user", username)
                    .param("at", utc(clock.instant()))
                    .param("claim", claim.id())
                    .update());
            return Optional.of(claim);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    /**
     * Takes over the token of a post still running that was claimed before {@code claimedBefore}: its node died (or
     * stopped) during the post, and the resend must not wait for the nightly purge. This post's claim when it took it
     * (one row changed: of two resends at once only one does); empty when the first post has finished or is recent.
     */
    Optional<Claim> takeOver(String token, String username, Instant claimedBefore) {
        Claim claim = Claim.drawn(token);
        Integer taken = ownTransaction.execute(status -> jdbc.sql("""
                        update form_submission set username = :user, created_at = :at, claim_id = :claim
                        where token = :token and finished_at is null and created_at < :before""")
                .param("user", username)
                .param("at", utc(clock.instant()))
                .param("claim", claim.id())
                .param("token", token)
                .param("before", utc(claimedBefore))
                .update());
        return taken != null && taken == 1 ? Optional.of(claim) : Optional.empty();
    }

    /**
     * Records that the claimed post has finished and where it led. False, changing nothing, when its claim was taken
     * over meanwhile: the row is the later post's now.
     */
    boolean finish(Claim claim, @Nullable String location) {
        Integer finished = ownTransaction.execute(status -> jdbc.sql("""
                        update form_submission set finished_at = :at, result_location = :location
                        where token = :token and claim_id = :claim""")
                .param("at", utc(clock.instant()))
                .param("location", location)
                .param("token", claim.token())
                .param("claim", claim.id())
                .update());
        return finished != null && finished == 1;
    }

    /**
     * Frees the token of a claimed post that failed or was refused: the same form may be posted again. False, changing
     * nothing, when its claim was taken over meanwhile.
     */
    boolean release(Claim claim) {
        Integer freed = ownTransaction.execute(
                status -> jdbc.sql("delete from form_submission where token = :token and claim_id = :claim")
                        .param("token", claim.token())
                        .param("claim", claim.id())
                        .update());
        return freed != null && freed == 1;
    }

    Optional<Submission> find(String token) {
        return jdbc.sql("select username, created_at, finished_at, result_location from form_submission"
                        + " where token = :token")
                .param("token", token)
                .query((rs, n) -> new Submission(
                        rs.getString("username"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("finished_at", OffsetDateTime.class) != null,
                        rs.getString("result_location")))
                .optional();
    }

    /** Removes the tokens claimed more than {@code keep} ago; says how many. */
    int purgeOlderThan(Duration keep) {
        return ownTransaction.execute(status -> jdbc.sql("delete from form_submission where created_at < :before")
                .param("before", utc(clock.instant().minus(keep)))
                .update());
    }

    /** An instant as the database's timestamp with time zone, whatever the JVM's default zone. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
