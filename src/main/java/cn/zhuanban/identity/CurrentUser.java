package cn.zhuanban.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The logged-in user as other modules see it: who, which department or enterprise, which data
 * scope and which permissions. Serializable because it lives in the shared JDBC session.
 */
public record CurrentUser(
        long id,
        String username,
        String fullName,
        Long departmentId,
        Long enterpriseId,
        DataScope dataScope,
        Set<String> roles,
        Set<String> permissions)
        implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean hasRole(String roleCode) {
        return roles.contains(roleCode);
    }
}
