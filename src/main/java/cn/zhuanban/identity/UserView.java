package cn.zhuanban.identity;

import java.time.Instant;
import java.util.List;

/** A user as the administration pages and other modules show it. */
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
        Instant lockedUntil,
        boolean passwordChangeRequired,
        Instant lastLoginAt,
        int version) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
