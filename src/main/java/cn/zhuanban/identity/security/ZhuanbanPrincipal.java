package cn.zhuanban.identity.security;

import cn.zhuanban.identity.CurrentUser;
import java.util.Collection;
import java.util.stream.Stream;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated user as Spring Security holds it; authorities are roles and permissions. */
public final class ZhuanbanPrincipal implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean passwordChangeRequired;
    private final String locale;

    ZhuanbanPrincipal(
            CurrentUser user,
            String passwordHash,
            boolean enabled,
            boolean locked,
            boolean passwordChangeRequired,
            String locale) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.passwordChangeRequired = passwordChangeRequired;
        this.locale = locale;
    }

    public CurrentUser currentUser() {
        return user;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
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
