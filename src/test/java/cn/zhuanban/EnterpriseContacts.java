package cn.zhuanban;

import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import java.util.Set;

/** Fresh enterprise contact accounts (the built-in role, scoped to one enterprise) that log in with the demo password. */
public final class EnterpriseContacts {

    private EnterpriseContacts() {}

    /** A new account of {@code enterpriseId}'s contact, password change waived; returns its username. */
    public static String create(IdentityManagement identity, UserDirectory directory, long enterpriseId) {
        String username = "contact-" + TestCodes.unique("").toLowerCase();
        long id = identity.createUser(
                new NewUser(username, "企业联络员", null, enterpriseId, null, null, WebTestSupport.DEMO_PASSWORD));
        identity.grant(
                id,
                new Grant(
                        Set.of(BuiltinRoles.ENTERPRISE_CONTACT),
                        DataScope.ENTERPRISE,
                        directory.user(id).version()));
        identity.waivePasswordChange(id);
        return username;
    }
}
