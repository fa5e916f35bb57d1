package cn.zhuanban.identity;

import cn.zhuanban.identity.domain.Role;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.List;

/**
 * Which data scope an account may be granted with its roles. A role whose users work for one enterprise (the enterprise
 * contact, or any role the security administrator defined with the scope 本企业) is held by people outside the
 * government: their account sees their own enterprise and nothing more, whatever scope is picked beside the roles, or
 * one careless grant would open the whole district's projects, tickets and contact data to an outside company. The
 * built-in enterprise contact counts by its code, so editing that role's default scope does not lift the rule. Staff
 * roles keep any scope: narrowing one is the security administrator's call, and the scopes beside ALL do not nest.
 */
final class GrantScopePolicy {

    private GrantScopePolicy() {}

    /** Refuses {@code scope} when one of {@code granted} is an enterprise's role and the scope is not the enterprise. */
    static void check(List<Role> granted, DataScope scope) {
        if (scope == DataScope.ENTERPRISE) {
            return;
        }
        granted.stream().filter(GrantScopePolicy::ofEnterprise).findFirst().ifPresent(role -> {
            throw new BusinessException(ErrorCode.GRANT_SCOPE_OF_ENTERPRISE, "dataScope", role.getName());
        });
    }

    private static boolean ofEnterprise(Role role) {
        return role.getDataScope() == DataScope.ENTERPRISE || BuiltinRoles.ENTERPRISE_CONTACT.equals(role.getCode());
    }
}
