package cn.zhuanban.identity.domain;

import cn.zhuanban.shared.LikeText;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Security settings that the security administrator changes at run time (lockout threshold and
 * duration, password length, age and history, sessions per account and per role, the second factor). Read from the database on use so that every node sees a change.
 */
@Component
public class SecuritySettings {

    public static final String MAX_FAILED_ATTEMPTS = "lockout.max-failed-attempts";
    public static final String LOCK_MINUTES = "lockout.minutes";
    public static final String PASSWORD_MIN_LENGTH = "password.min-length";
    public static final String PASSWORD_MAX_AGE_DAYS = "password.max-age-days";
    public static final String PASSWORD_HISTORY = "password.history";
    public static final String DORMANT_DAYS = "account.dormant-days";
    public static final String SESSIONS_PER_USER = "session.max-per-user";
    public static final String SECOND_FACTOR_REQUIRED = "second-factor.required";
    /** Followed by a role's code: how many sessions an account of that role may hold, instead of the global limit. */
    public static final String SESSIONS_PER_ROLE = "session.max-per-role.";

    private final JdbcClient jdbc;

    SecuritySettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int maxFailedAttempts() {
        return intValue(MAX_FAILED_ATTEMPTS, 5);
    }

    public int lockMinutes() {
        return intValue(LOCK_MINUTES, 15);
    }

    public PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(Math.max(8, intValue(PASSWORD_MIN_LENGTH, 8)));
    }

    /** Days a password may be used before it must be changed; 0 means it never expires. */
    public int passwordMaxAgeDays() {
        return intValue(PASSWORD_MAX_AGE_DAYS, 90);
    }

    /** How many passwords, the current one included, a new password may not repeat (at least the current one). */
    public int passwordHistory() {
        return Math.max(1, intValue(PASSWORD_HISTORY, 5));
    }

    /** Days without a login after which an account is disabled at night; 0 means never. */
    public int dormantDays() {
        return intValue(DORMANT_DAYS, 0);
    }

    /** How many sessions one account may hold at once; a newer login ends the oldest. 0 means no limit. */
    public int sessionsPerUser() {
        return intValue(SESSIONS_PER_USER, 0);
    }

    /**
     * How many sessions an account with the roles {@code roleCodes} may hold at once: the smallest limit among its roles
     * that have one of their own, else {@link #sessionsPerUser()}. 0 means no limit.
     */
    public int sessionsPerUser(Collection<String> roleCodes) {
        Map<String, Integer> perRole = sessionsPerRole();
        return roleCodes.stream()
                .map(perRole::get)
                .filter(Objects::nonNull)
                .min(Integer::compare)
                .orElseGet(this::sessionsPerUser);
    }

    /** The session limits of single roles by role code; a role not in it follows {@link #sessionsPerUser()}. */
    public Map<String, Integer> sessionsPerRole() {
        Map<String, Integer> limits = new TreeMap<>();
        jdbc.sql("select name, val from security_setting where name like :prefix escape '!'")
                .param("prefix", LikeText.escape(SESSIONS_PER_ROLE) + "%")
                .query((rs, n) -> limits.put(
                        rs.getString(1).substring(SESSIONS_PER_ROLE.length()), Integer.parseInt(rs.getString(2))))
                .list();
        return limits;
    }

    /** Gives the role {@code roleCode} a session limit of its own, or (null) makes it follow the global one. */
    public void setSessionsPerRole(String roleCode, Integer value) {
        String name = SESSIONS_PER_ROLE + roleCode;
        jdbc.sql("delete from security_setting where name = :name")
                .param("name", name)
                .update();
        if (value != null) {
            jdbc.sql("insert into security_setting (name, val) values (:name, :val)")
                    .param("name", name)
                    .param("val", value.toString())
                    .update();
        }
    }

    /** Who must log in with a second factor; nobody unless the security administrator says otherwise. */
    public SecondFactorPolicy secondFactorPolicy() {
        return SecondFactorPolicy.of(intValue(SECOND_FACTOR_REQUIRED, 0));
    }

    public Map<String, String> all() {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("select name, val from security_setting order by name")
                .query((rs, n) -> values.put(rs.getString(1), rs.getString(2)))
                .list();
        return values;
    }

    public void set(String name, int value) {
        jdbc.sql("update security_setting set val = :val where name = :name")
                .param("val", Integer.toString(value))
                .param("name", name)
                .update();
    }

    /** The settings' version: every save through the form takes the next one. */
    public int version() {
        return jdbc.sql("select version from security_settings_version where id = 1")
                .query(Integer.class)
                .single();
    }

    /**
     * Takes the settings' version row for the rest of the transaction: a first start's bootstrap holds it while it
     * checks for and creates its data, so nodes starting together on an empty database do it one after the other and
     * the later one finds the data in (a save of the settings meanwhile waits the few seconds).
     */
    public void lockForBootstrap() {
        jdbc.sql("select version from security_settings_version where id = 1 for update")
                .query(Integer.class)
                .single();
    }

    /**
     * Takes the next version if {@code expected} is still the stored one, by one conditional update, so that of two
     * saves of the same version (on any nodes) only one goes through; false when someone saved meanwhile.
     */
    public boolean advanceVersion(int expected) {
        return jdbc.sql("update security_settings_version set version = version + 1 where id = 1 and version = :v")
                        .param("v", expected)
                        .update()
                > 0;
    }

    private int intValue(String name, int fallback) {
        return jdbc.sql("select val from security_setting where name = :name")
                .param("name", name)
                .query(String.class)
                .optional()
                .map(Integer::parseInt)
                .orElse(fallback);
    }
}
