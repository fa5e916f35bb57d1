package cn.zhuanban.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserCommands.EditUser;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Security events that change no business data reach the audit log too: logins, refused logins,
 * logouts, language changes and refusals by a controller's @PreAuthorize, on pages and in the API.
 * (Failed logins and lockouts: {@link AccountLockoutTests}.)
 */
@IntegrationTest
class SecurityEventAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void loginLanguageChangeAndLogoutAreAudited() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("events");
        long id = IdentityTestUsers.create(identity, username);
        MvcResult login = mvc.perform(formLogin().user(username).password(IdentityTestUsers.INITIAL_PASSWORD))
                .andExpect(authenticated())
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

        mvc.perform(post("/account/locale").param("lang", "en").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        AuditTrail.awaitRecord(jdbc, "login.succeeded", username, null);
        AuditTrail.awaitRecord(jdbc, "user.locale-changed", Long.toString(id), "— → en");
        AuditTrail.awaitRecord(jdbc, "logout", username, null);
    }

    @Test
    void aLoginToADisabledAccountIsRefusedAndAudited() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("disabled");
        long id = IdentityTestUsers.create(identity, username);
        UserView user = directory.user(id);
        identity.editUser(id, new EditUser(user.fullName(), null, null, null, null, false, user.version()));

        mvc.perform(formLogin().user(username).password(IdentityTestUsers.INITIAL_PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=disabled"));

        AuditTrail.awaitRecord(jdbc, "user.updated", Long.toString(id), null);
        AuditTrail.awaitRecord(jdbc, "login.refused-disabled", username, null);
    }

    /** Only whoever knows the password learns that the account is disabled: a guess reads as any wrong password. */
    @Test
    void aWrongPasswordOnADisabledAccountReadsAsAnyWrongPassword() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("disabled");
        long id = IdentityTestUsers.create(identity, username);
        UserView user = directory.user(id);
        identity.editUser(id, new EditUser(user.fullName(), null, null, null, null, false, user.version()));

        mvc.perform(formLogin().user(username).password("Wrong#Guess2026"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void aFailedLoginWithAnOverlongUsernameIsStillAudited() throws Exception {
        String username = "x".repeat(80) + UUID.randomUUID();

        mvc.perform(formLogin().user(username).password("Wrong#2026pw")).andExpect(redirectedUrl("/login?error=bad"));

        AuditTrail.awaitRecord(jdbc, "login.failed", username.substring(0, 50), null);
    }

    @Test
    void aRefusedPageIsForbiddenAndAudited() throws Exception {
        MockHttpSession auditor = WebTestSupport.login(mvc, "auditor");
        String path = "/admin/users/" + uniqueId() + "/edit";

        mvc.perform(get(path).session(auditor)).andExpect(status().isForbidden());

        AuditTrail.awaitRecord(jdbc, "access.refused", "auditor", "GET " + path);
    }

    @Test
    void aRefusedApiCallIsAProblemWithCodeAndAudited() throws Exception {
        MockHttpSession auditor = WebTestSupport.login(mvc, "auditor");
        String path = "/api/v1/tokens/" + uniqueId();

        mvc.perform(delete(path).session(auditor).with(csrf().asHeader()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("forbidden"));

        AuditTrail.awaitRecord(jdbc, "access.refused", "auditor", "DELETE " + path);
    }

    private static long uniqueId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
    }
}
