package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Permissions added after the first release reach two kinds of installation: a fresh one gets them from the built-in
 * role catalogue, an existing one from the migration that grants them. Both must give them to the same roles, and
 * only to those.
 */
@IntegrationTest
class GrantedPermissionsTests {

    /** A permission, the migrations whose first statements grant it, and the built-in roles that must hold it. */
    record Grant(String permission, List<String> migrations, Set<String> roles) {

        Grant(String permission, String migration, Set<String> roles) {
            this(permission, List.of(migration), roles);
        }

        @Override
        public String toString() {
            return permission;
        }
    }

    static Stream<Grant> grants() {
        return Stream.of(
                // who follows lateness (督查): the supervision office and the district leader, not the auditors
                new Grant(
                        Permissions.TICKET_ESCALATION_VIEW,
                        "V141__ticket_escalation_view.sql",
                        Set.of(BuiltinRoles.SUPERVISION, BuiltinRoles.DISTRICT_LEADER)),
                // who records a 一企一策 measure's progress without editing the plan: the owning department's handler
                new Grant(
                        Permissions.ENTERPRISE_PLAN_PROGRESS,
                        "V164__enterprise_plan_measure_progress.sql",
                        Set.of(BuiltinRoles.DEPARTMENT_HANDLER)),
                // who gives leaders' instructions (领导批示): the district leader and the lead officials
                new Grant(
                        Permissions.TICKET_INSTRUCT,
                        "V165__leader_instructions.sql",
                        Set.of(BuiltinRoles.DISTRICT_LEADER, BuiltinRoles.LEAD_OFFICIAL)),
                // every ledger is exported by whoever reads it (within his scope): the task force, the lead official
                // and the department handler as the district-wide offices
                // ... and the enterprise contact his projects and his enterprise (V189)
                new Grant(
                        Permissions.PROJECT_EXPORT,
                        List.of("V173__ledger_exports_for_readers.sql", V189),
                        READERS_AND_ENTERPRISE),
                new Grant(
                        Permissions.ENTERPRISE_EXPORT,
                        List.of("V173__ledger_exports_for_readers.sql", V189),
                        READERS_AND_ENTERPRISE),
                // the partner and referrer registries: the investment staff and the overseers, not the handlers
                new Grant(
                        Permissions.INVESTMENT_REGISTRY_VIEW,
                        "V188__investment_registry_view.sql",
                        Set.of(
                                BuiltinRoles.DISTRICT_LEADER,
                                BuiltinRoles.LEAD_OFFICIAL,
                                BuiltinRoles.DISPATCH_OFFICE,
                                BuiltinRoles.TASK_FORCE_MEMBER,
                                BuiltinRoles.SUPERVISION,
                                BuiltinRoles.AUDIT_OFFICE)),
                // the enterprise contact exports the tickets he reads, his enterprise's (V180)
                new Grant(
                        Permissions.TICKET_EXPORT,
                        List.of("V173__ledger_exports_for_readers.sql", "V180__enterprise_contact_ticket_export.sql"),
                        Stream.concat(READERS.stream(), Stream.of(BuiltinRoles.ENTERPRISE_CONTACT))
                                .collect(Collectors.toSet())));
    }

    /** The staff roles that read the project, enterprise and ticket lists (not the enterprise contact). */
    private static final Set<String> READERS = Set.of(
            BuiltinRoles.DISTRICT_LEADER,
            BuiltinRoles.LEAD_OFFICIAL,
            BuiltinRoles.DISPATCH_OFFICE,
            BuiltinRoles.TASK_FORCE_MEMBER,
            BuiltinRoles.DEPARTMENT_HANDLER,
            BuiltinRoles.SUPERVISION,
            BuiltinRoles.AUDIT_OFFICE);

    private static final Set<String> READERS_AND_ENTERPRISE = Stream.concat(
                    READERS.stream(), Stream.of(BuiltinRoles.ENTERPRISE_CONTACT))
            .collect(Collectors.toSet());

    private static final String V189 = "V189__ledger_exports_for_every_reader.sql";

    /** What V189 grants, role by role: the exports of the ledgers each reads, beside the earlier holders'. */
    private static final Map<String, List<String>> V189_GRANTS = Map.of(
            Permissions.INVESTMENT_LEAD_EXPORT,
            List.of(BuiltinRoles.LEAD_OFFICIAL, BuiltinRoles.TASK_FORCE_MEMBER, BuiltinRoles.DEPARTMENT_HANDLER),
            Permissions.TALENT_DEMAND_EXPORT,
            List.of(
                    BuiltinRoles.LEAD_OFFICIAL,
                    BuiltinRoles.TASK_FORCE_MEMBER,
                    BuiltinRoles.DEPARTMENT_HANDLER,
                    BuiltinRoles.ENTERPRISE_CONTACT),
            Permissions.PROJECT_EXPORT,
            List.of(BuiltinRoles.ENTERPRISE_CONTACT),
            Permissions.ENTERPRISE_EXPORT,
            List.of(BuiltinRoles.ENTERPRISE_CONTACT));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @ParameterizedTest(name = "{0}")
    @MethodSource("grants")
    void theCatalogueGivesItToItsRolesOnly(Grant grant) {
        assertThat(catalogue(grant)).isEqualTo(new TreeSet<>(grant.roles()));
        assertThat(Permissions.ALL).contains(grant.permission());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grants")
    void aFreshInstallationHasItFromTheCatalogue(Grant grant) {
        assertThat(installed(grant)).isEqualTo(catalogue(grant));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grants")
    void theMigrationGrantsAnExistingInstallationTheSame(Grant grant) throws IOException {
        List<String> statements = new ArrayList<>();
        for (String name : grant.migrations()) {
            String migration = new ClassPathResource("db/migration/" + name).getContentAsString(StandardCharsets.UTF_8);
            // the grant only: whatever else the migration creates exists already
            statements.add(migration
                    .lines()
                    .filter(l -> !l.startsWith("--"))
                    .reduce("", (a, b) -> a + "\n" + b)
                    .split(";")[0]);
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("delete from role_permission where permission = :permission")
                    .param("permission", grant.permission())
                    .update();
            assertThat(installed(grant)).isEmpty();
            statements.forEach(statement -> jdbc.sql(statement).update());
            assertThat(installed(grant)).isEqualTo(catalogue(grant));
            status.setRollbackOnly();
        });
        assertThat(installed(grant)).isEqualTo(catalogue(grant));
    }

    @Test
    void theLedgerExportsReachEveryReaderOfAnExistingInstallationAsOfANewOne() throws IOException {
        String migration = new ClassPathResource("db/migration/" + V189)
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.startsWith("--"))
                .reduce("", (a, b) -> a + "\n" + b)
                .split(";")[0];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            V189_GRANTS.forEach((permission, roles) -> jdbc.sql("""
                            delete from role_permission where permission = :permission
                            and app_role in (select id from app_role where builtin and code in (:roles))""")
                    .param("permission", permission)
                    .param("roles", roles)
                    .update());
            V189_GRANTS
                    .keySet()
                    .forEach(permission ->
                            assertThat(installed(permission)).doesNotContainAnyElementsOf(V189_GRANTS.get(permission)));
            jdbc.sql(migration).update();
            V189_GRANTS
                    .keySet()
                    .forEach(permission -> assertThat(installed(permission))
                            .as(permission)
                            .containsAll(V189_GRANTS.get(permission))
                            .isEqualTo(catalogue(permission)));
            status.setRollbackOnly();
        });
    }

    private static Set<String> catalogue(Grant grant) {
        return catalogue(grant.permission());
    }

    private static Set<String> catalogue(String permission) {
        Set<String> roles = new TreeSet<>();
        for (BuiltinRoleCatalog.Definition role : BuiltinRoleCatalog.ROLES) {
            if (role.permissions().contains(permission)) {
                roles.add(role.code());
            }
        }
        return roles;
    }

    private Set<String> installed(Grant grant) {
        return installed(grant.permission());
    }

    private Set<String> installed(String permission) {
        return new TreeSet<>(jdbc.sql("""
                        select r.code from app_role r join role_permission rp on rp.app_role = r.id
                        where r.builtin and rp.permission = :permission""")
                .param("permission", permission)
                .query(String.class)
                .list());
    }
}
