package cn.zhuanban.identity;

import java.time.Instant;
import java.util.List;

/**
 * A user as the administration pages and other modules show it: {@code roles} are the codes that other modules test,
 * {@code roleNames} the roles' names as a reader sees them, joined in the order of the codes.
 */
public record UserView(
        long id,
        String username,
        String fullName,
        Long departmentId,
        String departmentName,
        Long enterpriseId,
        String phone,
        String email,
        boolean enabled,
        DataScope dataScope,
        List<String> roles,
        String roleNames,
        Instant lockedUntil,
        boolean passwordChangeRequired,
        Instant lastLoginAt,
        int version) {

    /**
     * Whether the account holds no role: it may log in but is allowed nothing (an administrator duty taken back from
     * it, for instance); its data scope means nothing.
     */
    public boolean roleless() {
        return roles == null || roles.isEmpty();
    }

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
