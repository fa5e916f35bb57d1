package cn.zhuanban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seeding the demo district waives the first-login password change of the administrators only where they log in with
 * the documented demo password: given a one-time password at first start (a random one on PostgreSQL, printed once in
 * the log), they must change it at their first login, as the README says.
 */
@IntegrationTest
class DemoAdministratorPasswordTests {

    @Autowired
    DemoPeople people;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void anAdministratorWithAOneTimePasswordMustStillChangeItWhileOneWithTheDemoPasswordNeedNot() {
        String withDemoPassword = account(WebTestSupport.DEMO_PASSWORD);
        String withOneTimePassword = account("Ot-" + UUID.randomUUID() + "-9a");

        people.waiveChangeOfDemoPassword(withDemoPassword, withOneTimePassword);

        assertThat(changeRequired(withDemoPassword)).isFalse();
        assertThat(changeRequired(withOneTimePassword)).isTrue();
    }

    private String account(String password) {
        String username = "seedadm-" + TestCodes.unique("").toLowerCase(Locale.ROOT);
        identity.createUser(new NewUser(username, "种子管理员", null, null, null, null, password));
        assertThat(changeRequired(username))
                .as("a new account changes its password first")
                .isTrue();
        return username;
    }

    private boolean changeRequired(String username) {
        return directory.findByUsername(username).orElseThrow().passwordChangeRequired();
    }
}
