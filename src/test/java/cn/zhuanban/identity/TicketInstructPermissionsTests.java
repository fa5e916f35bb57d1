package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who gives leaders' instructions (领导批示): the district leader and the lead officials. A fresh installation gets
 * the permission from the catalogue, an existing one from the migration, and both agree.
 */
@IntegrationTest
class TicketInstructPermissionsTests {

    private static final Set<String> EXPECTED = Set.of(BuiltinRoles.DISTRICT_LEADER, BuiltinRoles.LEAD_OFFICIAL);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theCatalogueGivesItToTheDistrictLeaderAndTheLeadOfficialsOnly() {
        assertThat(catalogue()).isEqualTo(new TreeSet<>(EXPECTED));
        assertThat(Permissions.ALL).contains(Permissions.TICKET_INSTRUCT);
    }

    @Test
    void aFreshInstallationHasItFromTheCatalogue() {
        assertThat(installed()).isEqualTo(catalogue());
    }

    @Test
    void theMigrationGrantsAnExistingInstallationTheSame() throws IOException {
        String migration = new ClassPathResource("db/migration/V165__leader_instructions.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        // the grant only: the migration's table exists already
        String grant = migration
                .lines()
                .filter(l -> !l.startsWith("--"))
                .reduce("", (a, b) -> a + "\n" + b)
                .split(";")[0];
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from role_permission where permission = :permission")
                    .param("permission", Permissions.TICKET_INSTRUCT)
                    .update();
            assertThat(installed()).isEmpty();
            jdbc.sql(grant).update();
            assertThat(installed()).isEqualTo(catalogue());
            status.setRollbackOnly();
        });
        assertThat(installed()).isEqualTo(catalogue());
    }

    private static Set<String> catalogue() {
        Set<String> roles = new TreeSet<>();
        for (BuiltinRoleCatalog.Definition role : BuiltinRoleCatalog.ROLES) {
            if (role.permissions().contains(Permissions.TICKET_INSTRUCT)) {
                roles.add(role.code());
            }
        }
        return roles;
    }

    private Set<String> installed() {
        return new TreeSet<>(jdbc.sql("""
                        select r.code from app_role r join role_permission rp on rp.app_role = r.id
                        where r.builtin and rp.permission = :permission""")
                .param("permission", Permissions.TICKET_INSTRUCT)
                .query(String.class)
                .list());
    }
}
