package cn.zhuanban.identity.security;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. The token is shown once; only its SHA-256 hash is stored, so a leaked
 * database does not leak usable tokens. Tokens expire and can be revoked.
 */
@Component
public class ApiTokens {

    public record IssuedToken(long id, String token, Instant expiresAt) {}

    public record TokenView(
            long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {}

    /** The request attribute that marks a request authenticated by a token rather than a login session. */
    static final String AUTHENTICATED_BY_TOKEN = ApiTokens.class.getName() + ".authenticated";

    static final String PREFIX = "zb_";
    private static final int MAX_DAYS = 365;

    /** A token's lifetime when the request names none (the form and the API alike). */
    private static final int DEFAULT_DAYS = 30;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityEvents events;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock, SecurityEvents events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Whether {@code request} was authenticated by a bearer token, not by an interactive login. */
    public static boolean byToken(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED_BY_TOKEN));
    }

    @Transactional
    public IssuedToken issue(long userId, String username, String name, Integer requestedDays) {
        int expiresInDays = requestedDays == null ? DEFAULT_DAYS : requestedDays;
        if (name == null || name.isBlank() || name.length() > 100) {
            throw BusinessException.invalid("name", "account.token.name-invalid");
        }
        if (expiresInDays < 1 || expiresInDays > MAX_DAYS) {
            throw BusinessException.invalid("expiresInDays", "validation.range", 1, MAX_DAYS);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        // Cut to what the timestamp columns keep (microseconds, on H2 and PostgreSQL alike), so the answer to the
        // issue shows the same instant the token list reads back later.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Instant expiresAt = now.plus(Duration.ofDays(expiresInDays));
        jdbc.sql(
                        "insert into api_token (user_id, name, token_hash, created_at, expires_at) values (:u, :n, :h, :c, :e)")
                .param("u", userId)
                .param("n", name.trim())
                .param("h", hash(token))
                .param("c", Timestamp.from(now))
                .param("e", Timestamp.from(expiresAt))
                .update();
        long id = jdbc.sql("select id from api_token where token_hash = :h")
                .param("h", hash(token))
                .query(Long.class)
                .single();
        events.record(username, "token.created", name + " #" + id);
        return new IssuedToken(id, token, expiresAt);
    }

    @Transactional
    public void revoke(long userId, String username, long tokenId) {
        int n = jdbc.sql(
                        "update api_token set revoked_at = :now where id = :id and user_id = :u and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", tokenId)
                .param("u", userId)
                .update();
        if (n == 0) {
            throw new NotFoundException("token", tokenId);
        }
        events.record(username, "token.revoked", "#" + tokenId);
    }

    /** A page of the user's tokens, newest first (revoked and expired ones stay listed, so the list only grows). */
    public PageResult<TokenView> of(long userId, PageQuery page) {
        long total = jdbc.sql("select count(*) from api_token where user_id = :u")
                .param("u", userId)
                .query(Long.class)
                .single();
        List<TokenView> rows = jdbc.sql("""
                        select id, name, created_at, expires_at, revoked_at, last_used_at from api_token
                        where user_id = :u order by id desc limit :limit offset :offset""")
                .param("u", userId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new TokenView(
                        rs.getLong(1),
                        rs.getString(2),
                        instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6))))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The user id of a valid, unexpired, unrevoked token. */
    @Transactional
    public Optional<Long> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Long> user = jdbc.sql("""
                        select user_id from api_token
                        where token_hash = :h and revoked_at is null and expires_at > :now""")
                .param("h", hash(token))
                .param("now", now)
                .query(Long.class)
                .optional();
        user.ifPresent(u -> jdbc.sql("update api_token set last_used_at = :now where token_hash = :h")
                .param("now", now)
                .param("h", hash(token))
                .update());
        return user;
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
