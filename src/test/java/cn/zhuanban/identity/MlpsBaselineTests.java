package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.domain.RoleRepository;
import cn.zhuanban.identity.domain.SecondFactorPolicy;
import cn.zhuanban.identity.domain.SecuritySettings;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh production database starts with the MLPS level 3 security settings; the demo district (and so the tests)
 * keeps the relaxed ones, and the settings page says which fall short.
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
        assertThat(baseline.shortfalls()).isEmpty();
    }

    @Test
    @Transactional
    void theDemoDistrictAndTheEmbeddedDatabaseKeepTheRelaxedOnes() {
        new MlpsBaseline(settings, roles, true, true).applyToFreshDatabase();
        new MlpsBaseline(settings, roles, false, false).applyToFreshDatabase();

        assertThat(settings.secondFactorPolicy()).isEqualTo(SecondFactorPolicy.NOBODY);
        assertThat(settings.sessionsPerRole()).doesNotContainKey(BuiltinRoles.SYSTEM_ADMIN);
        assertThat(baseline.shortfalls())
                .containsExactly(
                        "security.mlps.second-factor",
                        "security.mlps.sessions",
                        "security.mlps.dormant",
                        "security.mlps.admin-sessions");
    }
}
