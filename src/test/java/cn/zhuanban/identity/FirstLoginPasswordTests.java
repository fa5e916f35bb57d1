package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** An account an administrator created must replace its password before it can do anything else. */
@IntegrationTest
class FirstLoginPasswordTests {

    private static final String NEW_PASSWORD = "Mine#2026pw";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPageLeadsToThePasswordPageUntilThePasswordIsChanged() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("first");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        MockHttpSession session = firstLogin(username);

        for (String page : new String[] {"/", "/admin/users", "/audit", "/account/tokens", "/projects"}) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"password-required\"")));

        mvc.perform(changePassword(session, IdentityTestUsers.INITIAL_PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"workbench-title\"")));
        assertThat(directory.user(id).passwordChangeRequired()).isFalse();
        AuditTrail.awaitRecord(jdbc, "user.password-changed", Long.toString(id), null);
    }

    @Test
    void aWrongCurrentPasswordOrAWeakOrMismatchedNewOneKeepsTheObligation() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("weak");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        MockHttpSession session = firstLogin(username);

        mvc.perform(changePassword(session, "Wrong#2026pw", NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(status().isOk());
        mvc.perform(changePassword(session, IdentityTestUsers.INITIAL_PASSWORD, "weakweak", "weakweak"))
                .andExpect(status().isOk());
        mvc.perform(changePassword(session, IdentityTestUsers.INITIAL_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"))
                .andExpect(status().isOk());
        mvc.perform(changePassword(
                        session,
                        IdentityTestUsers.INITIAL_PASSWORD,
                        IdentityTestUsers.INITIAL_PASSWORD,
                        IdentityTestUsers.INITIAL_PASSWORD))
                .andExpect(status().isOk());

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        assertThat(directory.user(id).passwordChangeRequired()).isTrue();
    }

    @Test
    void aPasswordResetByTheAdministratorMustBeChangedAgain() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("reset");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        MockHttpSession session = firstLogin(username);
        mvc.perform(changePassword(session, IdentityTestUsers.INITIAL_PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));

        identity.resetPassword(id, "Reset#2026pw");

        MvcResult login = mvc.perform(formLogin().user(username).password("Reset#2026pw"))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn();
        mvc.perform(get("/").session((MockHttpSession) login.getRequest().getSession(false)))
                .andExpect(redirectedUrl("/account/password"));
        AuditTrail.awaitRecord(jdbc, "user.password-reset", Long.toString(id), null);
    }

    private MockHttpSession firstLogin(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password(IdentityTestUsers.INITIAL_PASSWORD))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private static org.springframework.test.web.servlet.RequestBuilder changePassword(
            MockHttpSession session, String current, String next, String confirm) {
        return post("/account/password")
                .session(session)
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmPassword", confirm);
    }
}
