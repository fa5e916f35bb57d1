package cn.zhuanban.identity.security;

import cn.zhuanban.identity.domain.SecondFactorPolicy;
import cn.zhuanban.identity.domain.SecuritySettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users' second factors (TOTP): who has one, who must have one under the security setting, and whether a typed
 * code is good. Written with single SQL statements, like the lockout counters: accepting a code moves the account's
 * last used step forward only if it is still behind, so a code is good once even across several app nodes.
 */
@Component
public class SecondFactors {

    /** The outcome of a typed code. */
    public enum Check {
        ACCEPTED,
        WRONG,
        /** Right for the time but already used (or older than one used): someone may have seen it typed. */
        REPLAYED
    }

    /** A secret offered for enrolment as the user's app takes it: typed in, as a link, or as a QR code. */
    public record Offer(String secret, String uri, String qrCode) {}

    /** What the authenticator app shows above the codes, beside the account's username. */
    static final String ISSUER = "Zhuanban";

    private final JdbcClient jdbc;
    private final TotpSecretCipher cipher;
    private final SecuritySettings settings;
    private final SecurityEvents events;
    private final Clock clock;

    SecondFactors(
            JdbcClient jdbc, TotpSecretCipher cipher, SecuritySettings settings, SecurityEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** When the user set up the factor in use, or empty when they have none. */
    public Optional<Instant> enrolledAt(long userId) {
        return jdbc.sql("select enrolled_at from user_second_factor where user_id = :id")
                .param("id", userId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** Whether the security setting makes this user log in with a second factor. */
    public boolean required(long userId) {
        return switch (settings.secondFactorPolicy()) {
            case NOBODY -> false;
            case EVERYONE -> true;
            case ADMINISTRATORS -> administrator(userId);
        };
    }

    public SecondFactorPolicy policy() {
        return settings.secondFactorPolicy();
    }

    /** Checks a code of the user's own factor and, when right and unused, uses it up. */
    @Transactional
    public Check check(long userId, String code) {
        Optional<String> sealed = jdbc.sql("select secret from user_second_factor where user_id = :id")
                .param("id", userId)
                .query(String.class)
                .optional();
        if (sealed.isEmpty()) {
            return Check.WRONG;
        }
        OptionalLong step = Totp.matchingStep(cipher.open(userId, sealed.get()), code, clock.instant());
        if (step.isEmpty()) {
            return Check.WRONG;
        }
        int moved = jdbc.sql(
                        "update user_second_factor set last_step = :step where user_id = :id and last_step < :step")
                .param("step", step.getAsLong())
                .param("id", userId)
                .update();
        return moved == 1 ? Check.ACCEPTED : Check.REPLAYED;
    }

    /**
     * Makes an offered secret the user's factor once a code of it is typed (so the app is known to have it), replacing
     * any earlier one; the confirming code counts as used. False when the code does not fit the secret.
     */
    @Transactional
    public boolean enrol(long userId, String username, String sealedSecret, String code) {
        OptionalLong step = Totp.matchingStep(cipher.open(userId, sealedSecret), code, clock.instant());
        if (step.isEmpty()) {
            return false;
        }
        boolean replaced = delete(userId);
        jdbc.sql("""
                        insert into user_second_factor (user_id, secret, last_step, enrolled_at)
                        values (:id, :secret, :step, :now)""")
                .param("id", userId)
                .param("secret", sealedSecret)
                .param("step", step.getAsLong())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        events.record(username, "second-factor.enrolled", replaced ? "replaced" : "");
        return true;
    }

    /**
     * The user turns their own factor off, proving it with a current code; refused (false) while the setting requires
     * one of them or when the code is not good.
     */
    @Transactional
    public boolean removeOwn(long userId, String username, String code) {
        if (required(userId)) {
            return false;
        }
        Check check = check(userId, code);
        if (check != Check.ACCEPTED) {
            events.record(
                    username, "second-factor.failed", "remove: " + check.name().toLowerCase(Locale.ROOT));
            return false;
        }
        delete(userId);
        events.record(username, "second-factor.removed", "");
        return true;
    }

    /**
     * The security administrator removes a user's factor (a lost phone): the user logs in with the password alone, or
     * enrols again at the next login when the setting requires a factor. True when there was one.
     */
    @Transactional
    public boolean reset(long userId) {
        if (!delete(userId)) {
            return false;
        }
        String username = jdbc.sql("select username from app_user where id = :id")
                .param("id", userId)
                .query(String.class)
                .single();
        events.recordOn(username, "second-factor.reset", "");
        return true;
    }

    /** A fresh secret for the user to enrol, sealed for keeping in the session until confirmed. */
    public String offer(long userId) {
        return cipher.seal(userId, Totp.newSecret());
    }

    /** The sealed secret of {@link #offer} as the user's app takes it. */
    public Offer describe(long userId, String username, String sealedSecret) {
        String secret = Totp.base32(cipher.open(userId, sealedSecret));
        String label = encode(ISSUER) + ":" + encode(username);
        String uri = "otpauth://totp/%s?secret=%s&issuer=%s&algorithm=%s&digits=%d&period=%d"
                .formatted(label, secret, encode(ISSUER), Totp.ALGORITHM, Totp.DIGITS, Totp.STEP_SECONDS);
        return new Offer(secret, uri, QrCodes.svgDataUri(uri));
    }

    private boolean delete(long userId) {
        return jdbc.sql("delete from user_second_factor where user_id = :id")
                        .param("id", userId)
                        .update()
                > 0;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private boolean administrator(long userId) {
        return jdbc.sql("""
                                select count(*) from user_role ur join app_role r on r.id = ur.role_id
                                where ur.app_user = :id and r.admin_duty is not null""").param("id", userId).query(Long.class).single() > 0;
    }
}
