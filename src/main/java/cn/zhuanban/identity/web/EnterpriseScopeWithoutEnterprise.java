package cn.zhuanban.identity.web;

import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.RoleView;
import cn.zhuanban.identity.UserView;
import java.util.List;

/**
 * Whether the user form warns that an account scoped to its enterprise (本企业) has none: every module turns that scope
 * into "rows of enterprise null", so such a user logs in to empty lists and nobody is told why. A warning, not a
 * refusal: the system administrator edits the account and the security administrator grants its scope, each on his
 * own, so one of the two saves comes first. The account's own scope counts, and so does a role whose default scope is
 * the enterprise (the enterprise contact's), which says the account is meant to be bound to one.
 */
final class EnterpriseScopeWithoutEnterprise {

    private EnterpriseScopeWithoutEnterprise() {}

    /** {@code fields} are what the form shows: an enterprise just picked on a refused form counts as chosen. */
    static boolean applies(UserView user, UserFields fields, List<RoleView> roles) {
        if (user == null || fields.enterpriseId() != null) {
            return false;
        }
        return user.dataScope() == DataScope.ENTERPRISE
                || roles.stream()
                        .anyMatch(r -> r.dataScope() == DataScope.ENTERPRISE
                                && user.roles().contains(r.code()));
    }
}
