package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.HeldBootstrapLock;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.identity.security.OneTimePasswords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The first start of a database: nodes starting together take turns (the later one waits, then finds the roles in);
 * a production installation without a configured password gives each administrator a random one, shown once in the
 * log, never the public demo password.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class IdentityBootstrapTests {

    @Autowired
    IdentityBootstrap bootstrap;

    @Autowired
    BootstrapLock lock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    OneTimePasswords passwords;

    @Autowired
    SecuritySettings settings;

    @Test
    void aSecondNodeWaitsForTheFirstNodesBootstrapAndThenFindsTheRoles() throws Exception {
        HeldBootstrapLock.assertWaitsForTheLock(lock, transactions, () -> bootstrap.run(null));
    }

    @Test
    void productionWithoutAConfiguredPasswordDrawsARandomOnePerAdministratorAndLogsIt(CapturedOutput output) {
        IdentityBootstrap production = bootstrapOn(new MockEnvironment(), "", "postgres");

        String sysadmin = production.initialPassword("sysadmin");
        String secadmin = production.initialPassword("secadmin");

        assertThat(sysadmin).isNotEqualTo(IdentityBootstrap.DEMO_PASSWORD).isNotEqualTo(secadmin);
        settings.passwordPolicy().check("sysadmin", sysadmin);
        assertThat(output.getOut() + output.getErr())
                .contains("WARN")
                .contains("initial password of administrator sysadmin: " + sysadmin)
                .contains("initial password of administrator secadmin: " + secadmin);
    }

    @Test
    void aConfiguredPasswordIsUsedAndTheDemoKeepsTheDocumentedOne() {
        assertThat(bootstrapOn(new MockEnvironment(), "Chosen#Pass123", "postgres")
                        .initialPassword("sysadmin"))
                .isEqualTo("Chosen#Pass123");
        assertThat(bootstrapOn(new MockEnvironment(), "", "default").initialPassword("sysadmin"))
                .isEqualTo("Zhuanban@2026");
    }

    private IdentityBootstrap bootstrapOn(MockEnvironment environment, String configured, String profile) {
        environment.setActiveProfiles(profile);
        return new IdentityBootstrap(null, null, null, null, lock, passwords, null, environment, configured);
    }
}
