package cn.zhuanban.identity;

import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import java.util.Set;
import java.util.UUID;

/** Fresh accounts for tests that change them, so that no test depends on another's changes. */
final class IdentityTestUsers {

    static final String INITIAL_PASSWORD = "Start#2026pw";

    private IdentityTestUsers() {}

    static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static long create(IdentityManagement identity, String username) {
        return identity.createUser(new NewUser(username, "测试用户", null, null, null, null, INITIAL_PASSWORD));
    }

    static long createWithRole(IdentityManagement identity, UserDirectory directory, String username, String role) {
        long id = create(identity, username);
        identity.grant(
                id, new Grant(Set.of(role), DataScope.ALL, directory.user(id).version()));
        return id;
    }
}
