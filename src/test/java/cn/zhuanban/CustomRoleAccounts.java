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
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /**
     * An account of enterprise {@code enterpriseId} in the scope 本企业 with a role of these permissions, some of which
     * an enterprise's account may no longer be given (Permissions.ENTERPRISE_SAFE): as a release before that rule may
     * have left it, written past the grant's checks on purpose, for the checks that the scope alone still keeps such an
     * account to its enterprise.
     */
    public String createBeforeEnterpriseRule(JdbcClient jdbc, long enterpriseId, Set<String> permissions) {
        String username = create(DataScope.ALL, null, permissions);
        jdbc.sql(
                        "update app_user set enterprise_id = :enterprise, data_scope = 'ENTERPRISE' where username = :username")
                .param("enterprise", enterpriseId)
                .param("username", username)
                .update();
        return username;
    }
}
