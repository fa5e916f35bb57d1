package cn.zhuanban;

import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.RoleManagement.RoleForm;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Fresh accounts whose own custom role holds exactly the permissions a test names, in a data scope (of an enterprise,
 * where given), password change waived: for the checks that a permission or a scope, and nothing else, lets a user in.
 */
public record CustomRoleAccounts(RoleManagement roles, IdentityManagement identity, UserDirectory directory) {

    /** A new account with one new role of these permissions; returns its username (demo password). */
    public String create(DataScope scope, Long enterpriseId, Set<String> permissions) {
        return create(scope, enterpriseId, permissions, Set.of());
    }

    /** As {@link #create(DataScope, Long, Set)}, also holding these existing roles. */
    public String create(DataScope scope, Long enterpriseId, Set<String> permissions, Set<String> moreRoles) {
        String suffix = TestCodes.unique("").toLowerCase(Locale.ROOT);
        String role = "CUSTOM_" + suffix.toUpperCase(Locale.ROOT);
        roles.create(new RoleForm(role, "测试角色" + suffix, null, scope, permissions, 0));
        String username = "custom-" + suffix;
        long id = identity.createUser(
                new NewUser(username, "测试" + suffix, null, enterpriseId, null, null, WebTestSupport.DEMO_PASSWORD));
        Set<String> granted = new HashSet<>(moreRoles);
        granted.add(role);
        identity.grant(id, new Grant(granted, scope, directory.user(id).version()));
        identity.waivePasswordChange(id);
        return username;
    }
}
