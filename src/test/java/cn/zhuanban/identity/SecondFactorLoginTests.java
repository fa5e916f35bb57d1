package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.security.ApiTokens;
import cn.zhuanban.identity.security.SecondFactors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The login with a second factor (MLPS level 3: two combined techniques): the password alone opens nothing but the
 * code page, a right code lets the user in once, and wrong codes count toward the lockout like wrong passwords.
 */
@IntegrationTest
class SecondFactorLoginTests {

    static final String PASSWORD = "Own#2026pw";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    SecondFactors factors;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withAFactorThePasswordLeadsToTheCodePageAndOnlyARightCodeLetsTheUserIn() throws Exception {
        Enrolled user = enrolledUser("twofa");

        MockHttpSession session = passwordStep(user.username(), "/login/code");
        for (String path : new String[] {"/", "/projects", "/account/password"}) {
            mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/login/code"));
        }
        // A script cannot follow a redirect to a form: the API says what is owed.
        for (String path : new String[] {"/api/v1/tokens", "/api/v1/projects"}) {
            mvc.perform(get(path).session(session))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("second-factor-required"));
        }
        assertThat(page(session, "/login/code")).contains("id=\"login-code-form\"");

        String refused = mvc.perform(code(session, user.app().wrongCode(user.step())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"login-code-error\"");
        assertThat(failedAttempts(user.username())).isEqualTo(1);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login/code"));

        mvc.perform(code(session, user.app().code(user.step() + 1))).andExpect(redirectedUrl("/"));
        assertThat(page(session, "/")).contains("id=\"workbench-title\"");
        assertThat(failedAttempts(user.username())).isZero();
        AuditTrail.awaitRecord(jdbc, "second-factor.failed", user.username(), "wrong");
        AuditTrail.awaitRecord(jdbc, "login.succeeded", user.username(), null);
    }

    @Test
    void withoutAFactorThePasswordIsEnough() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("onefa");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        identity.changeOwnPassword(id, IdentityTestUsers.INITIAL_PASSWORD, PASSWORD);

        MockHttpSession session = passwordStep(username, "/");
        assertThat(page(session, "/")).contains("id=\"workbench-title\"");
        mvc.perform(get("/login/code").session(session)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aCodeAlreadyUsedIsRefused() throws Exception {
        Enrolled user = enrolledUser("replay");
        String used = user.app().code(user.step() + 1);
        mvc.perform(code(passwordStep(user.username(), "/login/code"), used)).andExpect(redirectedUrl("/"));

        MockHttpSession again = passwordStep(user.username(), "/login/code");
        assertThat(mvc.perform(code(again, used)).andReturn().getResponse().getContentAsString())
                .contains("id=\"login-code-error\"");
        // The code of the enrolment, older than the one used, is refused as well.
        assertThat(mvc.perform(code(again, user.app().code(user.step())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"login-code-error\"");
        mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/login/code"));
        AuditTrail.awaitRecord(jdbc, "second-factor.failed", user.username(), "replayed");
    }

    @Test
    void wrongCodesCountTowardTheSameLockoutAsWrongPasswords() throws Exception {
        Enrolled user = enrolledUser("guess");
        mvc.perform(formLogin().user(user.username()).password("Wrong#2026pw"));
        mvc.perform(formLogin().user(user.username()).password("Wrong#2026pw"));

        // The right password does not reset the count: that would give whoever knows it unlimited guesses.
        MockHttpSession session = passwordStep(user.username(), "/login/code");
        String wrong = user.app().wrongCode(user.step());
        mvc.perform(code(session, wrong)).andExpect(status().isOk());
        mvc.perform(code(session, wrong)).andExpect(status().isOk());
        mvc.perform(code(session, wrong)).andExpect(redirectedUrl("/login?error=locked"));

        assertThat(directory.user(user.id()).locked()).isTrue();
        mvc.perform(formLogin().user(user.username()).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        AuditTrail.awaitRecord(jdbc, "account.locked", user.username(), null);
    }

    @Test
    void loggingInAsSomeoneElseFromTheCodePageOwesOnlyThatAccountsStep() throws Exception {
        Enrolled user = enrolledUser("switch");
        String other = IdentityTestUsers.uniqueUsername("other");
        long otherId = IdentityTestUsers.createWithRole(identity, directory, other, BuiltinRoles.SUPERVISION);
        identity.changeOwnPassword(otherId, IdentityTestUsers.INITIAL_PASSWORD, PASSWORD);

        MockHttpSession session = passwordStep(user.username(), "/login/code");
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", other)
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/projects").session(session)).andExpect(status().isOk());
    }

    @Test
    void apiTokensNeedNoSecondFactor() throws Exception {
        Enrolled user = enrolledUser("machine");
        String token = tokens.issue(user.id(), user.username(), "script", 30).token();

        // Machine access: the token is the credential, made by a user who logged in with both factors.
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    /** A fresh account with its own password and an authenticator app enrolled with the current step's code. */
    Enrolled enrolledUser(String prefix) throws Exception {
        String username = IdentityTestUsers.uniqueUsername(prefix);
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        identity.changeOwnPassword(id, IdentityTestUsers.INITIAL_PASSWORD, PASSWORD);
        MockHttpSession session = passwordStep(username, "/");
        AuthenticatorApp app = AuthenticatorApp.scan(page(session, "/account/second-factor"));
        long step = AuthenticatorApp.stepNow();
        mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", app.code(step)))
                .andExpect(redirectedUrl("/account/second-factor"));
        assertThat(factors.enrolledAt(id)).isPresent();
        return new Enrolled(id, username, app, step);
    }

    record Enrolled(long id, String username, AuthenticatorApp app, long step) {}

    MockHttpSession passwordStep(String username, String expected) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl(expected))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    static org.springframework.test.web.servlet.RequestBuilder code(MockHttpSession session, String code) {
        return post("/login/code").session(session).with(csrf()).param("code", code);
    }

    String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    int failedAttempts(String username) {
        return jdbc.sql("select failed_attempts from app_user where username = :u")
                .param("u", username)
                .query(Integer.class)
                .single();
    }
}
