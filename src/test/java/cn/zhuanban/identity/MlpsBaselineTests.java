package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.domain.RoleRepository;
import cn.zhuanban.identity.domain.SecondFactorPolicy;
import cn.zhuanban.identity.domain.SecuritySettings;
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
        assertThat(baseline.shortfalls()).isEmpty();
    }

    @Test
    @Transactional
    void theDemoDistrictAndTheEmbeddedDatabaseKeepTheRelaxedOnes() {
        new MlpsBaseline(settings, roles, true, true).applyToFreshDatabase();
        new MlpsBaseline(settings, roles, false, false).applyToFreshDatabase();

        assertThat(settings.secondFactorPolicy()).isEqualTo(SecondFactorPolicy.NOBODY);
        assertThat(baseline.shortfalls())
                .containsExactly("security.mlps.second-factor", "security.mlps.sessions", "security.mlps.dormant");
    }
}
