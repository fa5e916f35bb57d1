package cn.zhuanban.identity;

import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.domain.RoleRepository;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start of an empty database: creates the built-in roles and the three administrators
 * (sysadmin, secadmin, auditor), whose initial password must be changed at their first login.
 */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {

    private final RoleRepository roles;
    private final RoleManagement roleManagement;
    private final IdentityManagement identity;
    private final UserDirectory directory;
    private final String initialPassword;

    IdentityBootstrap(
            RoleRepository roles,
            RoleManagement roleManagement,
            IdentityManagement identity,
            UserDirectory directory,
            @Value("${zhuanban.bootstrap.admin-password:Zhuanban@2026}") String initialPassword) {
        this.roles = roles;
        this.roleManagement = roleManagement;
        this.identity = identity;
        this.directory = directory;
        this.initialPassword = initialPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (roles.count() > 0) {
            return;
        }
        BuiltinRoleCatalog.ROLES.forEach(role ->
                roleManagement.createBuiltin(role.code(), role.name(), role.duty(), role.scope(), role.permissions()));
        admin("sysadmin", "系统管理员", BuiltinRoles.SYSTEM_ADMIN);
        admin("secadmin", "安全管理员", BuiltinRoles.SECURITY_ADMIN);
        admin("auditor", "审计管理员", BuiltinRoles.AUDITOR);
    }

    private void admin(String username, String name, String role) {
        long id = identity.createUser(new NewUser(username, name, null, null, null, null, initialPassword));
        identity.grant(
                id, new Grant(Set.of(role), DataScope.ALL, directory.user(id).version()));
    }
}
