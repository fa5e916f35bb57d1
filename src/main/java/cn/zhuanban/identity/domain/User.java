package cn.zhuanban.identity.domain;

import cn.zhuanban.identity.DataScope;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user account. Guards its own rules: a password changes only through {@link #changePassword},
 * and roles only through {@link #grant}, which the separation of admin duties checks before.
 */
@Table("app_user")
public class User {

    @Id
    private Long id;

    private final String username;

    /**
     * The username case-folded ({@link #usernameKey(String)}), unique in the database: two accounts differing in case
     * only are refused even when two nodes create them at the same instant. Read back as stored, so an account that
     * had a case-twin before the constraint (V205 suffixed its key) keeps its key when saved.
     */
    private String usernameKey;

    private String passwordHash;
    private String fullName;
    private Long departmentId;
    private Long enterpriseId;
    private String phone;
    private String email;
    private boolean enabled;
    private DataScope dataScope;
    private String locale;
    private boolean passwordChangeRequired;
    private Instant passwordChangedAt;
    private int failedAttempts;
    private Instant lockedUntil;
    private final Instant createdAt;

    /** Written at login by {@link AccountLockout} with single updates; saving the aggregate leaves it alone. */
    @ReadOnlyProperty
    private Instant lastLoginAt;

    @MappedCollection(idColumn = "app_user")
    private Set<RoleRef> roles = new HashSet<>();

    @Version
    private int version;

    @PersistenceCreator
    User(Long id, String username, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.usernameKey = usernameKey(username);
        this.createdAt = createdAt;
    }

    /** The case-folded username, as the unique column {@code username_key} holds it. */
    public static String usernameKey(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    public static User create(String username, String fullName, String passwordHash, Instant now) {
        User user = new User(null, username, now);
        user.fullName = fullName;
        user.passwordHash = passwordHash;
        user.enabled = true;
        user.dataScope = DataScope.ALL;
        user.passwordChangeRequired = true;
        return user;
    }

    public void describe(String fullName, Long departmentId, Long enterpriseId, String phone, String email) {
        this.fullName = fullName;
        this.departmentId = departmentId;
        this.enterpriseId = enterpriseId;
        this.phone = phone;
        this.email = email;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A password set by the user: the first-login obligation is met. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.passwordChangeRequired = false;
    }

    /** A password set by an administrator: the user must change it at the next login. */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = true;
        unlock();
    }

    /**
     * For demo and imported accounts whose password was chosen by their owner already; the password's age counts
     * from here.
     */
    public void waivePasswordChange(Instant now) {
        this.passwordChangeRequired = false;
        this.passwordChangedAt = now;
    }

    /**
     * When the user's own password expires under a lifetime of {@code maxAgeDays} (0: passwords never expire), or
     * null when it does not: a password an administrator set must be changed anyway, and an account whose password
     * has no date (seeded before the date was kept) is not judged.
     */
    public Instant passwordExpiresAt(int maxAgeDays) {
        return maxAgeDays > 0 && !passwordChangeRequired && passwordChangedAt != null
                ? passwordChangedAt.plus(Duration.ofDays(maxAgeDays))
                : null;
    }

    public void grant(Set<Long> roleIds, DataScope scope) {
        this.roles = roleIds.stream().map(RoleRef::new).collect(Collectors.toCollection(HashSet::new));
        this.dataScope = scope;
    }

    public void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Set<Long> roleIds() {
        return roles.stream().map(RoleRef::roleId).collect(Collectors.toSet());
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public DataScope getDataScope() {
        return dataScope;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
