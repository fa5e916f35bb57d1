package cn.zhuanban.identity;

import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.domain.RoleRepository;
import cn.zhuanban.identity.security.OneTimePasswords;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start of an empty database: creates the built-in roles and the three administrators
 * (sysadmin, secadmin, auditor), whose initial password must be changed at their first login. The initial password is
 * {@code zhuanban.bootstrap.admin-password}; unset, the H2 demo uses the documented demo password, while a production
 * (PostgreSQL) installation draws a random one per administrator and logs it once, since the demo password is public.
 * A production database starts with the MLPS level 3 security settings ({@link MlpsBaseline}). Nodes starting together
 * take turns under {@link BootstrapLock}.
 */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);
    static final String DEMO_PASSWORD = "Zhuanban@2026";

    private final RoleRepository roles;
    private final RoleManagement roleManagement;
    private final IdentityManagement identity;
    private final UserDirectory directory;
    private final BootstrapLock lock;
    private final OneTimePasswords passwords;
    private final MlpsBaseline baseline;
    private final String configuredPassword;
    private final boolean production;

    IdentityBootstrap(
            RoleRepository roles,
            RoleManagement roleManagement,
            IdentityManagement identity,
            UserDirectory directory,
            BootstrapLock lock,
            OneTimePasswords passwords,
            MlpsBaseline baseline,
            Environment environment,
            @Value("${zhuanban.bootstrap.admin-password:}") String configuredPassword) {
        this.roles = roles;
        this.roleManagement = roleManagement;
        this.identity = identity;
        this.directory = directory;
        this.lock = lock;
        this.passwords = passwords;
        this.baseline = baseline;
        this.configuredPassword = configuredPassword;
        this.production = environment.matchesProfiles("postgres");
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        lock.take();
        if (roles.count() > 0) {
            return;
        }
        BuiltinRoleCatalog.ROLES.forEach(role ->
                roleManagement.createBuiltin(role.code(), role.name(), role.duty(), role.scope(), role.permissions()));
        admin("sysadmin", "系统管理员", BuiltinRoles.SYSTEM_ADMIN);
        admin("secadmin", "安全管理员", BuiltinRoles.SECURITY_ADMIN);
        admin("auditor", "审计管理员", BuiltinRoles.AUDITOR);
        baseline.applyToFreshDatabase();
    }

    private void admin(String username, String name, String role) {
        long id = identity.createUser(new NewUser(username, name, null, null, null, null, initialPassword(username)));
        identity.grant(
                id, new Grant(Set.of(role), DataScope.ALL, directory.user(id).version()));
    }

    /** The configured password; unset, a random one on production (logged once here) and the demo one on H2. */
    String initialPassword(String username) {
        if (!configuredPassword.isBlank()) {
            return configuredPassword;
        }
        if (!production) {
            return DEMO_PASSWORD;
        }
        String password = passwords.draw(username);
        log.warn(
                "FIRST START: initial password of administrator {}: {} (shown only now; it must be changed at the"
                        + " first login; set ZHUANBAN_BOOTSTRAP_ADMIN_PASSWORD to choose it instead)",
                username,
                password);
        return password;
    }
}
