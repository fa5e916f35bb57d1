package cn.zhuanban.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The hashes of a user's replaced passwords (MLPS level 3: a new password may not repeat the last few). Only as many
 * are kept as the setting asks for; the current password is on the account itself.
 */
@Component
public class PasswordHistory {

    private final JdbcClient jdbc;

    PasswordHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when {@code password} matches one of the user's {@code count} most recently replaced passwords. */
    public boolean repeats(long userId, String password, int count, PasswordEncoder encoder) {
        return count > 0 && recent(userId, count).stream().anyMatch(hash -> encoder.matches(password, hash));
    }

    /** Keeps a replaced password's hash and drops those beyond the {@code keep} most recent. */
    public void replaced(long userId, String hash, Instant at, int keep) {
        jdbc.sql("insert into password_history (user_id, password_hash, replaced_at) values (:u, :h, :at)")
                .param("u", userId)
                .param("h", hash)
                .param("at", Timestamp.from(at))
                .update();
        List<Long> kept = jdbc.sql(
                        "select id from password_history where user_id = :u order by replaced_at desc, id desc")
                .param("u", userId)
                .query(Long.class)
                .list();
        if (kept.size() > keep) {
            jdbc.sql("delete from password_history where id in (:ids)")
                    .param("ids", kept.subList(keep, kept.size()))
                    .update();
        }
    }

    private List<String> recent(long userId, int count) {
        return jdbc.sql("select password_hash from password_history where user_id = :u"
                        + " order by replaced_at desc, id desc limit :n")
                .param("u", userId)
                .param("n", count)
                .query(String.class)
                .list();
    }
}
