package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.domain.Role;
import cn.zhuanban.identity.domain.RoleRepository;
import cn.zhuanban.identity.domain.SecondFactorPolicy;
import cn.zhuanban.identity.domain.SecuritySettings;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh production database starts with the MLPS level 3 security settings; the demo district (and so the tests)
 * keeps the relaxed ones, and the settings page says which fall short: without a global session limit, the roles
 * that have none of their own either.
 */
@IntegrationTest
class MlpsBaselineTests {

    @Autowired
    SecuritySettings settings;

    @Autowired
    MlpsBaseline baseline;

    @Autowired
    RoleRepository roles;

    @Test
    @Transactional
    void aFreshProductionDatabaseGetsTheMlpsSettings() {
        new MlpsBaseline(settings, roles, true, false).applyToFreshDatabase();

        assertThat(settings.secondFactorPolicy()).isEqualTo(SecondFactorPolicy.ADMINISTRATORS);
        assertThat(settings.sessionsPerUser()).isEqualTo(MlpsBaseline.SESSIONS_PER_USER);
        assertThat(settings.dormantDays()).isEqualTo(MlpsBaseline.DORMANT_DAYS);
        assertThat(settings.sessionsPerRole())
                .containsEntry(BuiltinRoles.SYSTEM_ADMIN, 1)
                .containsEntry(BuiltinRoles.SECURITY_ADMIN, 1)
                .containsEntry(BuiltinRoles.AUDITOR, 1)
                .doesNotContainKey(BuiltinRoles.DISTRICT_LEADER);
        assertThat(settings.sessionsPerUser(Set.of(BuiltinRoles.SECURITY_ADMIN)))
                .isEqualTo(1);
        assertThat(keys(baseline.shortfalls())).isEmpty();
    }

    @Test
    @Transactional
    void theDemoDistrictAndTheEmbeddedDatabaseKeepTheRelaxedOnes() {
        new MlpsBaseline(settings, roles, true, true).applyToFreshDatabase();
        new MlpsBaseline(settings, roles, false, false).applyToFreshDatabase();

        assertThat(settings.secondFactorPolicy()).isEqualTo(SecondFactorPolicy.NOBODY);
        assertThat(settings.sessionsPerRole()).doesNotContainKey(BuiltinRoles.SYSTEM_ADMIN);
        assertThat(keys(baseline.shortfalls()))
                .containsExactly(
                        "security.mlps.second-factor",
                        "security.mlps.sessions",
                        "security.mlps.dormant",
                        "security.mlps.admin-sessions");
    }

    @Test
    @Transactional
    void withoutAGlobalSessionLimitTheRolesWithoutOneOfTheirOwnAreNamedAndNoneWhenEveryRoleHasOne() {
        settings.set(SecuritySettings.SESSIONS_PER_USER, 0);
        List<Role> all = roles.findAll().stream()
                .sorted(Comparator.comparing(Role::getId))
                .toList();
        all.forEach(role -> settings.setSessionsPerRole(role.getCode(), 3));
        settings.setSessionsPerRole(BuiltinRoles.DISTRICT_LEADER, null);
        settings.setSessionsPerRole(BuiltinRoles.AUDITOR, null);

        assertThat(baseline.shortfalls())
                .contains(new MlpsShortfall(
                        "security.mlps.sessions-roles",
                        namesOf(all, BuiltinRoles.DISTRICT_LEADER, BuiltinRoles.AUDITOR)))
                .extracting(MlpsShortfall::key)
                .doesNotContain("security.mlps.sessions");

        settings.setSessionsPerRole(BuiltinRoles.DISTRICT_LEADER, 3);
        settings.setSessionsPerRole(BuiltinRoles.AUDITOR, 1);

        assertThat(keys(baseline.shortfalls()))
                .as("every role has a limit of its own")
                .doesNotContain("security.mlps.sessions", "security.mlps.sessions-roles");

        all.forEach(role -> settings.setSessionsPerRole(role.getCode(), null));

        assertThat(baseline.shortfalls())
                .as("no role has one: every account unlimited, said without naming them all")
                .contains(new MlpsShortfall("security.mlps.sessions", List.of()));
        settings.set(SecuritySettings.SESSIONS_PER_USER, 3);
        assertThat(keys(baseline.shortfalls()))
                .doesNotContain("security.mlps.sessions", "security.mlps.sessions-roles");
    }

    /** The display names of the roles with these codes, in the roles' order. */
    private static List<String> namesOf(List<Role> all, String... codes) {
        List<String> wanted = List.of(codes);
        return all.stream()
                .filter(role -> wanted.contains(role.getCode()))
                .map(Role::getName)
                .toList();
    }

    static List<String> keys(List<MlpsShortfall> shortfalls) {
        return shortfalls.stream().map(MlpsShortfall::key).toList();
    }
}
