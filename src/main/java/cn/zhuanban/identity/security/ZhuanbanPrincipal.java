package cn.zhuanban.identity.security;

import cn.zhuanban.identity.CurrentUser;
import java.time.Instant;
import java.util.Collection;
import java.util.stream.Stream;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated user as Spring Security holds it; authorities are roles and permissions. */
public final class ZhuanbanPrincipal implements UserDetails, CredentialsContainer {

    /** Fixed, so that a field added later does not make the sessions stored by the previous version unreadable. */
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean passwordChangeRequired;
    private final Instant passwordExpiresAt;
    private final boolean passwordExpired;
    private final String locale;

    ZhuanbanPrincipal(
            CurrentUser user,
            String passwordHash,
            boolean enabled,
            boolean locked,
            boolean passwordChangeRequired,
            Instant passwordExpiresAt,
            boolean passwordExpired,
            String locale) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.passwordChangeRequired = passwordChangeRequired;
        this.passwordExpiresAt = passwordExpiresAt;
        this.passwordExpired = passwordExpired;
        this.locale = locale;
    }

    public CurrentUser currentUser() {
        return user;
    }

    /** The password must be changed before anything else: set by an administrator, or expired. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired || passwordExpired;
    }

    /** When the user's own password expires, or null when it does not. */
    public Instant passwordExpiresAt() {
        return passwordExpiresAt;
    }

    /** The user's own password is older than the security setting allows. */
    public boolean passwordExpired() {
        return passwordExpired;
    }

    public String locale() {
        return locale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Stream.concat(user.roles().stream().map(role -> "ROLE_" + role), user.permissions().stream())
                .map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
