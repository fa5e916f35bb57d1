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
 * Who enters and moves investment leads (audit D1): the dispatch office, the task forces and the lead officials. A
 * department handler reads his department's leads but enters none (his lead went to another owner and out of his
 * scope). A fresh installation has it from the catalogue, an existing one from migration V151, and both agree.
 */
@IntegrationTest
class LeadEditPermissionsTests {

    private static final Set<String> EXPECTED =
            Set.of(BuiltinRoles.DISPATCH_OFFICE, BuiltinRoles.TASK_FORCE_MEMBER, BuiltinRoles.LEAD_OFFICIAL);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theCatalogueLeavesItOutOfTheDepartmentHandlersRole() {
        assertThat(catalogue()).isEqualTo(new TreeSet<>(EXPECTED));
        assertThat(installed()).isEqualTo(catalogue());
    }

    @Test
    void theMigrationWithdrawsItFromAnExistingInstallationsHandlers() throws IOException {
        String migration = new ClassPathResource("db/migration/V151__handler_without_lead_edit.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into role_permission (app_role, permission)
                            select r.id, :permission from app_role r where r.code = 'DEPARTMENT_HANDLER' and r.builtin""").param("permission", Permissions.INVESTMENT_LEAD_EDIT).update();
            assertThat(installed()).contains(BuiltinRoles.DEPARTMENT_HANDLER);
            jdbc.sql(migration).update();
            assertThat(installed()).isEqualTo(catalogue());
            status.setRollbackOnly();
        });
        assertThat(installed()).isEqualTo(catalogue());
    }

    private Set<String> installed() {
        return new TreeSet<>(jdbc.sql("""
                        select r.code from app_role r join role_permission rp on rp.app_role = r.id
                        where r.builtin and rp.permission = :permission""")
                .param("permission", Permissions.INVESTMENT_LEAD_EDIT)
                .query(String.class)
                .list());
    }

    private static Set<String> catalogue() {
        Set<String> roles = new TreeSet<>();
        for (BuiltinRoleCatalog.Definition role : BuiltinRoleCatalog.ROLES) {
            if (role.permissions().contains(Permissions.INVESTMENT_LEAD_EDIT)) {
                roles.add(role.code());
            }
        }
        return roles;
    }
}
