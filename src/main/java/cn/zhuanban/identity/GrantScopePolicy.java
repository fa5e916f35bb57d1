package cn.zhuanban.identity;

import cn.zhuanban.identity.domain.Role;
import cn.zhuanban.identity.domain.User;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What an enterprise's people may be granted. An account linked to an enterprise (an outside company's user) sees its
 * own enterprise and nothing more: whatever roles it holds, its scope is 本企业, and each of its roles holds only
 * permissions whose data that scope filters ({@link Permissions#ENTERPRISE_SAFE}), or one careless grant would open the
 * whole district's projects, tickets, candidates and contact data to an outside company. A role whose users work for
 * one enterprise (the enterprise contact, or any role the security administrator defined with the scope 本企业) is
 * granted with the scope 本企业 to anyone. The built-in enterprise contact counts by its code, so editing that role's
 * default scope does not lift the rule. Staff roles keep any scope on staff accounts: narrowing one is the security
 * administrator's call, and the scopes beside ALL do not nest.
 */
final class GrantScopePolicy {

    private GrantScopePolicy() {}

    /** Refuses giving {@code target} the roles {@code granted} in {@code scope}, see the class comment. */
    static void check(User target, List<Role> granted, DataScope scope) {
        if (scope != DataScope.ENTERPRISE) {
            granted.stream().filter(GrantScopePolicy::ofEnterprise).findFirst().ifPresent(role -> {
                throw new BusinessException(ErrorCode.GRANT_SCOPE_OF_ENTERPRISE, "dataScope", role.getName());
            });
        }
        if (target.getEnterpriseId() == null) {
            return;
        }
        if (scope != DataScope.ENTERPRISE) {
            throw new BusinessException(ErrorCode.GRANT_SCOPE_OF_ENTERPRISE_ACCOUNT, "dataScope");
        }
        granted.forEach(role -> outsideEnterprise(role.permissionStrings()).ifPresent(permission -> {
            throw new BusinessException(
                    ErrorCode.GRANT_ROLE_NOT_FOR_ENTERPRISE, "roleCodes", role.getName(), permissionName(permission));
        }));
    }

    /**
     * Refuses linking {@code target} to {@code enterpriseId} (or moving it to another enterprise) while it holds what an
     * enterprise's account may not: otherwise unlinking, granting a staff role and linking again would get round
     * {@link #check}. An account already linked keeps being editable (and can be disabled) as it is.
     */
    static void checkLink(User target, Long enterpriseId, Collection<Role> held) {
        if (enterpriseId == null || Objects.equals(enterpriseId, target.getEnterpriseId())) {
            return;
        }
        boolean staff = target.getDataScope() != DataScope.ENTERPRISE
                || held.stream()
                        .anyMatch(role ->
                                outsideEnterprise(role.permissionStrings()).isPresent());
        if (staff && !held.isEmpty()) {
            throw new BusinessException(ErrorCode.ENTERPRISE_LINK_OF_STAFF, "enterpriseId");
        }
    }

    /** Whether the role is meant for an enterprise's people whoever holds it. */
    static boolean ofEnterprise(Role role) {
        return ofEnterprise(role.getCode(), role.getDataScope());
    }

    static boolean ofEnterprise(String code, DataScope defaultScope) {
        return defaultScope == DataScope.ENTERPRISE || BuiltinRoles.ENTERPRISE_CONTACT.equals(code);
    }

    /** The first of {@code permissions} (in catalogue order) that an enterprise's role may not hold. */
    static Optional<String> outsideEnterprise(Collection<String> permissions) {
        return Permissions.ALL.stream()
                .filter(permissions::contains)
                .filter(p -> !Permissions.ENTERPRISE_SAFE.contains(p))
                .findFirst();
    }

    static DefaultMessageSourceResolvable permissionName(String permission) {
        return new DefaultMessageSourceResolvable(new String[] {"permission." + permission}, null, permission);
    }
}
