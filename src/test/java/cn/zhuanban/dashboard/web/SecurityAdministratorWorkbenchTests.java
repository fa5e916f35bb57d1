package cn.zhuanban.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.MlpsBaseline;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.domain.SecuritySettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The security administrator's workbench says what falls short and opens the admin page filtered to it: the settings
 * below MLPS level 3 (the settings page listed four while the workbench showed only "被锁定的账号 0"), locked
 * accounts, passwords about to expire, dormant accounts and the administrators' sessions.
 */
@IntegrationTest
class SecurityAdministratorWorkbenchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MlpsBaseline baseline;

    @Autowired
    SecuritySettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void theShortfallsOfTheSecuritySettingsAreCountedAndOpenTheSettingsPage() throws Exception {
        String workbench = WebTestSupport.page(mvc, "secadmin", "/");

        assertThat(baseline.shortfalls()).isNotEmpty(); // the demo relaxes them on purpose
        assertThat(count(workbench, "/admin/security"))
                .isEqualTo(baseline.shortfalls().size());
        assertThat(workbench)
                .contains("href=\"/admin/users?state=LOCKED\"")
                .contains("href=\"/admin/users?state=ENTERPRISE_OVERREACH\"")
                .contains("href=\"/admin/users?state=PASSWORD_EXPIRING\"")
                .contains("href=\"/admin/users?idleDays=")
                .contains("href=\"/admin/sessions?administrators=true\"");
        // the system administrator does not set security nor grant roles: no such cards
        assertThat(WebTestSupport.page(mvc, "sysadmin", "/"))
                .doesNotContain("href=\"/admin/security\"")
                .doesNotContain("state=ENTERPRISE_OVERREACH");
    }

    @Test
    void aLockedAccountIsCountedAndListedByTheLockedFilter() throws Exception {
        String locked = account();
        String open = account();
        jdbc.sql("update app_user set locked_until = :until where username = :u")
                .param("until", Timestamp.from(clock.instant().plus(Duration.ofHours(1))))
                .param("u", locked)
                .update();

        assertThat(count(WebTestSupport.page(mvc, "secadmin", "/"), "/admin/users?state=LOCKED"))
                .isGreaterThanOrEqualTo(1);
        assertThat(WebTestSupport.page(mvc, "secadmin", "/admin/users?state=LOCKED&q=" + locked))
                .contains(editLink(locked));
        assertThat(WebTestSupport.page(mvc, "secadmin", "/admin/users?state=LOCKED&q=" + open))
                .doesNotContain(editLink(open));
        assertThat(WebTestSupport.page(mvc, "secadmin", "/admin/users?q=" + open))
                .contains(editLink(open));
    }

    @Test
    void aPasswordWithinAWeekOfItsExpiryIsListedByTheExpiringFilterAndAFreshOneIsNot() throws Exception {
        int maxAge = settings.passwordMaxAgeDays();
        assertThat(maxAge).isPositive();
        String expiring = account();
        String fresh = account();
        jdbc.sql("update app_user set password_changed_at = :at where username = :u")
                .param("at", Timestamp.from(clock.instant().minus(Duration.ofDays(maxAge - 3))))
                .param("u", expiring)
                .update();

        assertThat(count(WebTestSupport.page(mvc, "secadmin", "/"), "/admin/users?state=PASSWORD_EXPIRING"))
                .isGreaterThanOrEqualTo(1);
        assertThat(WebTestSupport.page(mvc, "secadmin", "/admin/users?state=PASSWORD_EXPIRING&q=" + expiring))
                .contains(editLink(expiring));
        assertThat(WebTestSupport.page(mvc, "secadmin", "/admin/users?state=PASSWORD_EXPIRING&q=" + fresh))
                .doesNotContain(editLink(fresh));
    }

    @Test
    void anEnterpriseAccountBeyondTheGrantRuleIsCountedAsADangerAndOpensTheFilteredList() throws Exception {
        String overreaching = account(); // 全部 data scope: more than an enterprise's account may hold
        jdbc.sql("update app_user set enterprise_id = (select min(id) from enterprise) where username = :u")
                .param("u", overreaching)
                .update();

        assertThat(count(WebTestSupport.page(mvc, "secadmin", "/"), "/admin/users?state=ENTERPRISE_OVERREACH"))
                .isGreaterThanOrEqualTo(1);
        assertThat(WebTestSupport.page(mvc, "secadmin", "/admin/users?state=ENTERPRISE_OVERREACH&q=" + overreaching))
                .contains(editLink(overreaching));
        jdbc.sql("update app_user set enterprise_id = null where username = :u")
                .param("u", overreaching)
                .update();
    }

    @Test
    void theSessionsPageFiltersTheAdministratorsAndShowsCardsOnAPhone() throws Exception {
        String page = WebTestSupport.page(mvc, "secadmin", "/admin/sessions?administrators=true");
        assertThat(page).contains("id=\"session-table\"").contains("id=\"session-cards\"");
    }

    @Test
    void onAPhoneEachAccountIsACardThatOpensIt() throws Exception {
        String user = account();
        long id = directory.findByUsername(user).orElseThrow().id();
        String page = WebTestSupport.page(mvc, "secadmin", "/admin/users?q=" + user);
        String cards = page.substring(page.indexOf("id=\"user-cards\""), page.indexOf("id=\"user-table\""));
        assertThat(cards).contains("href=\"/admin/users/" + id + "/edit\"").contains(user);
    }

    private String editLink(String username) {
        return "href=\"/admin/users/"
                + directory.findByUsername(username).orElseThrow().id() + "/edit\"";
    }

    /** A fresh account with a reading role: its password counts from now. */
    private String account() {
        return new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.ALL, null, Set.of(Permissions.WORKBENCH_VIEW));
    }

    /** The number a card's count link shows; -1 when the page has no such link with a number. */
    static long count(String page, String link) {
        Matcher m =
                Pattern.compile("href=\"" + Pattern.quote(link) + "\">(\\d+)<").matcher(page);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
