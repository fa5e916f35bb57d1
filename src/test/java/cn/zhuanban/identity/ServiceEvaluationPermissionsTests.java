package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who rates the service and who reads the ratings: the enterprise contact rates; the district leader, lead
 * officials, dispatch office, task force members, supervision and audit offices read; department handlers neither.
 * A fresh installation gets them from the catalogue, an existing one from the migration, and both agree.
 */
@IntegrationTest
class ServiceEvaluationPermissionsTests {

    private static final Set<String> EVALUATION = Set.of(Permissions.EVALUATION_RATE, Permissions.EVALUATION_VIEW);

    private static final Map<String, Set<String>> EXPECTED = Map.of(
            BuiltinRoles.ENTERPRISE_CONTACT, Set.of(Permissions.EVALUATION_RATE),
            BuiltinRoles.DISTRICT_LEADER, Set.of(Permissions.EVALUATION_VIEW),
            BuiltinRoles.LEAD_OFFICIAL, Set.of(Permissions.EVALUATION_VIEW),
            BuiltinRoles.DISPATCH_OFFICE, Set.of(Permissions.EVALUATION_VIEW),
            BuiltinRoles.TASK_FORCE_MEMBER, Set.of(Permissions.EVALUATION_VIEW),
            BuiltinRoles.SUPERVISION, Set.of(Permissions.EVALUATION_VIEW),
            BuiltinRoles.AUDIT_OFFICE, Set.of(Permissions.EVALUATION_VIEW));

    @Autowired
    RoleManagement roles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theCatalogueGivesEachBuiltInRoleItsEvaluationPermissions() {
        assertThat(catalogue()).isEqualTo(new TreeMap<>(EXPECTED));
        assertThat(Permissions.ALL).containsAll(EVALUATION);
    }

    @Test
    void aFreshInstallationHasThemFromTheCatalogue() {
        assertThat(installed()).isEqualTo(catalogue());
    }

    @Test
    void theMigrationGrantsAnExistingInstallationTheSame() throws IOException {
        String migration = new ClassPathResource("db/migration/V123__service_evaluation_permissions.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from role_permission where permission in (:permissions)")
                    .param("permissions", EVALUATION)
                    .update();
            assertThat(installed()).isEmpty();
            jdbc.sql(migration.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b))
                    .update();
            assertThat(installed()).isEqualTo(catalogue());
            status.setRollbackOnly();
        });
        assertThat(installed()).isEqualTo(catalogue());
    }

    /** Built-in role → its evaluation permissions, as the catalogue defines them (roles without any left out). */
    private static Map<String, Set<String>> catalogue() {
        Map<String, Set<String>> granted = new TreeMap<>();
        for (BuiltinRoleCatalog.Definition role : BuiltinRoleCatalog.ROLES) {
            Set<String> own = new TreeSet<>(role.permissions());
            own.retainAll(EVALUATION);
            if (!own.isEmpty()) {
                granted.put(role.code(), own);
            }
        }
        return granted;
    }

    /** The same as the database holds it for the built-in roles. */
    private Map<String, Set<String>> installed() {
        Map<String, Set<String>> granted = new TreeMap<>();
        jdbc.sql("""
                        select r.code, rp.permission from app_role r join role_permission rp on rp.app_role = r.id
                        where r.builtin and rp.permission in (:permissions)""")
                .param("permissions", EVALUATION)
                .query((rs, n) -> granted.computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
                        .add(rs.getString(2)))
                .list();
        return granted;
    }
}
