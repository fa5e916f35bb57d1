package cn.zhuanban.identity.security;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.domain.Role;
import cn.zhuanban.identity.domain.RoleRepository;
import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.identity.domain.User;
import cn.zhuanban.identity.domain.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user with the permissions of all their roles, for form login and for API tokens. */
@Component
class ZhuanbanUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final RoleRepository roles;
    private final SecuritySettings settings;
    private final Clock clock;

    ZhuanbanUserDetailsService(UserRepository users, RoleRepository roles, SecuritySettings settings, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ZhuanbanPrincipal loadUserByUsername(String username) {
        User user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return principal(user);
    }

    @Transactional(readOnly = true)
    public ZhuanbanPrincipal loadById(long id) {
        return principal(users.findById(id).orElseThrow(() -> new UsernameNotFoundException("#" + id)));
    }

    private ZhuanbanPrincipal principal(User user) {
        List<Role> granted = roles.findAllById(user.roleIds());
        Set<String> permissions = granted.stream()
                .flatMap(role -> role.permissionStrings().stream())
                .collect(Collectors.toSet());
        Set<String> codes = granted.stream().map(Role::getCode).collect(Collectors.toSet());
        CurrentUser current = new CurrentUser(
                user.getId(),
                user.getUsername(),
                user.getFullName(),
                user.getDepartmentId(),
                user.getEnterpriseId(),
                user.getDataScope(),
                codes,
                permissions);
        Instant expiresAt = user.passwordExpiresAt(settings.passwordMaxAgeDays());
        return new ZhuanbanPrincipal(
                current,
                user.getPasswordHash(),
                user.isEnabled(),
                user.isLocked(clock.instant()),
                user.isPasswordChangeRequired(),
                expiresAt,
                expiresAt != null && !expiresAt.isAfter(clock.instant()),
                user.getLocale());
    }
}
