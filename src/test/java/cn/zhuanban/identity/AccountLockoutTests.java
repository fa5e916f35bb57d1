package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.domain.SecuritySettings;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Five wrong passwords lock an account for the configured minutes, even against the right password; a name that is no
 * account is answered the same way, so the login page does not tell which names exist.
 */
@IntegrationTest
class AccountLockoutTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    SecuritySettings settings;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveFailedAttemptsLockTheAccountAndTheLoginPageSaysForHowLong() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("lock");
        long id = IdentityTestUsers.create(identity, username);

        failFiveTimes(username);
        mvc.perform(formLogin().user(username).password(IdentityTestUsers.INITIAL_PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=locked"));

        assertThat(directory.user(id).locked()).isTrue();
        String lockMessage = messages.getMessage(
                "login.error.locked", new Object[] {settings.lockMinutes()}, Locale.SIMPLIFIED_CHINESE);
        assertThat(lockMessage).contains(Integer.toString(settings.lockMinutes()));
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(lockMessage)));
        AuditTrail.awaitRecord(jdbc, "account.locked", username, null);
        AuditTrail.awaitRecord(jdbc, "login.refused-locked", username, null);
    }

    @Test
    void theSecurityAdministratorUnlocksALockedAccount() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("unlock");
        long id = IdentityTestUsers.create(identity, username);
        failFiveTimes(username);

        identity.unlock(id);

        assertThat(directory.user(id).locked()).isFalse();
        mvc.perform(formLogin().user(username).password(IdentityTestUsers.INITIAL_PASSWORD))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/account/password"));
        AuditTrail.awaitRecord(jdbc, "user.unlocked", Long.toString(id), null);
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfFailures() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("reset");
        long id = IdentityTestUsers.create(identity, username);
        for (int i = 0; i < 4; i++) {
            wrongPassword(username, "/login?error=bad");
        }
        mvc.perform(formLogin().user(username).password(IdentityTestUsers.INITIAL_PASSWORD))
                .andExpect(authenticated());

        wrongPassword(username, "/login?error=bad");

        assertThat(directory.user(id).locked()).isFalse();
    }

    @Test
    void aNameThatIsNoAccountIsAnsweredExactlyLikeAnAccount() throws Exception {
        String known = IdentityTestUsers.uniqueUsername("known");
        IdentityTestUsers.create(identity, known);
        String unknown = IdentityTestUsers.uniqueUsername("nobody");

        for (String username : new String[] {known, unknown}) {
            failFiveTimes(username);
            // Locked, for the right password of the known one and any password of the unknown one alike.
            wrongPassword(username, "/login?error=locked");
            mvc.perform(formLogin().user(username).password(IdentityTestUsers.INITIAL_PASSWORD))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error=locked"));
            AuditTrail.awaitRecord(jdbc, "account.locked", username, null);
            AuditTrail.awaitRecord(jdbc, "login.refused-locked", username, null);
        }
        assertThat(jdbc.sql("select failed_attempts from login_failure where username = :u")
                        .param("u", unknown)
                        .query(Integer.class)
                        .single())
                .as("the count starts again after the lock, as an account's does")
                .isZero();
    }

    @Test
    void anUnknownNamesLockEndsAfterTheSameMinutes() throws Exception {
        String unknown = IdentityTestUsers.uniqueUsername("nobody");
        failFiveTimes(unknown);

        jdbc.sql("update login_failure set locked_until = :past where username = :u")
                .param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)))
                .param("u", unknown)
                .update();

        wrongPassword(unknown, "/login?error=bad");
    }

    private void failFiveTimes(String username) throws Exception {
        for (int i = 1; i < 5; i++) {
            wrongPassword(username, "/login?error=bad");
        }
        wrongPassword(username, "/login?error=locked");
        AuditTrail.awaitRecord(jdbc, "login.failed", username, null);
    }

    private void wrongPassword(String username, String expectedRedirect) throws Exception {
        mvc.perform(formLogin().user(username).password("Wrong#2026pw"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl(expectedRedirect));
    }
}
