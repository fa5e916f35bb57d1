package cn.zhuanban.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers for a day why a session was ended on purpose, so that its next request can tell the user (the session
 * store forgets a deleted session entirely). Keyed by a hash: a session id is a credential.
 */
@Component
class EndedSessions {

    /** Why a session ended before its time. */
    enum Reason {
        /** The security administrator ended it. */
        ADMIN,
        /** The same account logged in again beyond the number of sessions allowed. */
        ELSEWHERE
    }

    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    EndedSessions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String sessionId, Reason reason) {
        jdbc.sql("delete from ended_session where ended_at < :before or session_hash = :h")
                .param("before", Timestamp.from(clock.instant().minus(KEPT)))
                .param("h", hash(sessionId))
                .update();
        jdbc.sql("insert into ended_session (session_hash, reason, ended_at) values (:h, :r, :at)")
                .param("h", hash(sessionId))
                .param("r", reason.name())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    Optional<Reason> reasonFor(String sessionId) {
        return jdbc.sql("select reason from ended_session where session_hash = :h")
                .param("h", hash(sessionId))
                .query(String.class)
                .optional()
                .map(Reason::valueOf);
    }

    private static String hash(String sessionId) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(sessionId.trim().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
