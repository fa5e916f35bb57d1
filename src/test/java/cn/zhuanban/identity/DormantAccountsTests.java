package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.domain.SecuritySettings;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MLPS level 3 asks for unused accounts to be disabled: the user list finds idle accounts, and when the security
 * administrator sets a number of days, the nightly job disables accounts idle for longer, administrators excepted.
 */
@IntegrationTest
class DormantAccountsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    SecuritySettings settings;

    @Autowired
    DormantAccounts dormant;

    @Autowired
    JdbcClient jdbc;

    @Test
    void accountsIdleLongerThanTheSettingAreDisabledButAdministratorsStay() throws Exception {
        long neverLoggedIn = idle("never", BuiltinRoles.SUPERVISION, 200, null);
        long recentlyActive = idle("active", BuiltinRoles.SUPERVISION, 300, 10);
        long longAgo = idle("longago", BuiltinRoles.DISPATCH_OFFICE, 300, 250);
        long administrator = idle("secadm", BuiltinRoles.SECURITY_ADMIN, 300, null);

        String idle = WebTestSupport.page(mvc, "sysadmin", "/admin/users?idleDays=180&size=200");
        assertThat(idle)
                .contains(directory.user(neverLoggedIn).username())
                .contains(directory.user(longAgo).username())
                .doesNotContain(directory.user(recentlyActive).username());

        assertThat(dormant.disable()).as("off while the setting is 0").isZero();
        settings.set(SecuritySettings.DORMANT_DAYS, 180);
        try {
            assertThat(dormant.disable()).isEqualTo(2);
        } finally {
            settings.set(SecuritySettings.DORMANT_DAYS, 0);
        }
        assertThat(directory.user(neverLoggedIn).enabled()).isFalse();
        assertThat(directory.user(neverLoggedIn).roles())
                .as("a disabled account keeps its roles")
                .isNotEmpty();
        assertThat(directory.user(longAgo).enabled()).isFalse();
        assertThat(directory.user(recentlyActive).enabled()).isTrue();
        assertThat(directory.user(administrator).enabled()).isTrue();
        AuditTrail.awaitRecord(jdbc, "user.disabled-dormant", Long.toString(neverLoggedIn), "180");
    }

    /** A new account with a role, created {@code createdDaysAgo} and last logged in {@code loginDaysAgo} (or never). */
    private long idle(String prefix, String role, int createdDaysAgo, Integer loginDaysAgo) {
        long id = IdentityTestUsers.createWithRole(identity, directory, IdentityTestUsers.uniqueUsername(prefix), role);
        jdbc.sql("update app_user set created_at = :created, last_login_at = :login where id = :id")
                .param("created", daysAgo(createdDaysAgo))
                .param("login", loginDaysAgo == null ? null : daysAgo(loginDaysAgo))
                .param("id", id)
                .update();
        return id;
    }

    private static Timestamp daysAgo(int days) {
        return Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
    }
}
