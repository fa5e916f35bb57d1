package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.identity.security.SecondFactors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Setting up, turning off and resetting the second factor, and the security setting that makes it compulsory. A
 * test that switches the setting on switches it back: the shared context's other tests log in with passwords.
 */
@IntegrationTest
class SecondFactorEnrolmentTests {

    private static final String PASSWORD = SecondFactorLoginTests.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    SecondFactors factors;

    @Autowired
    SecuritySettings settings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfferedSecretTakesEffectOnlyOnceConfirmedWithACurrentCode() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("enrol");
        long id = user(username, BuiltinRoles.SUPERVISION);
        MockHttpSession session = login(username, "/");

        String offered = page(session, "/account/second-factor");
        assertThat(offered)
                .contains("id=\"second-factor-none\"")
                .contains("otpauth://totp/Zhuanban:" + username + "?secret=")
                .contains("algorithm=SHA1&amp;digits=6&amp;period=30")
                .contains("src=\"data:image/svg+xml;base64,");
        AuthenticatorApp app = AuthenticatorApp.scan(offered);
        assertThat(page(session, "/account/second-factor"))
                .as("a reload offers the same secret the app may have scanned")
                .contains(offered.replaceAll("(?s).*(id=\"second-factor-secret\">[A-Z2-7]+<).*", "$1"));

        long step = AuthenticatorApp.stepNow();
        String refused = mvc.perform(confirm(session, app.wrongCode(step)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("口令错误或已使用过");
        assertThat(factors.enrolledAt(id)).isEmpty();

        mvc.perform(confirm(session, app.code(step))).andExpect(redirectedUrl("/account/second-factor"));
        assertThat(factors.enrolledAt(id)).isPresent();
        assertThat(jdbc.sql("select secret from user_second_factor where user_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("kept encrypted")
                .startsWith("v1:")
                .doesNotContain(offered.replaceAll("(?s).*id=\"second-factor-secret\">([A-Z2-7]+)<.*", "$1"));
        assertThat(page(session, "/account/second-factor")).contains("id=\"second-factor-enrolled\"");
        AuditTrail.awaitRecord(jdbc, "second-factor.enrolled", username, null);
        login(username, "/login/code");
    }

    @Test
    void aUserTurnsTheFactorOffWithACodeUnlessTheSettingRequiresIt() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("optout");
        long id = user(username, BuiltinRoles.SUPERVISION);
        MockHttpSession session = login(username, "/");
        AuthenticatorApp app = enrol(session);
        long step = AuthenticatorApp.stepNow();

        settings.set(SecuritySettings.SECOND_FACTOR_REQUIRED, 2);
        try {
            assertThat(mvc.perform(remove(session, app.code(step + 1)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains("不能停用");
            assertThat(factors.enrolledAt(id)).isPresent();
        } finally {
            settings.set(SecuritySettings.SECOND_FACTOR_REQUIRED, 0);
        }
        mvc.perform(remove(session, app.code(step + 1))).andExpect(redirectedUrl("/account/second-factor"));
        assertThat(factors.enrolledAt(id)).isEmpty();
        AuditTrail.awaitRecord(jdbc, "second-factor.removed", username, null);
        login(username, "/");
    }

    @Test
    void theAdministratorsSettingForcesTheSecurityAdministratorToEnrolButNotTheDispatchOffice() throws Exception {
        settings.set(SecuritySettings.SECOND_FACTOR_REQUIRED, 1);
        try {
            MockHttpSession secadmin = loginDemo("secadmin", "/account/second-factor");
            mvc.perform(get("/admin/users").session(secadmin)).andExpect(redirectedUrl("/account/second-factor"));
            mvc.perform(get("/admin/security").session(secadmin)).andExpect(redirectedUrl("/account/second-factor"));
            assertThat(page(secadmin, "/account/second-factor")).contains("id=\"second-factor-must-enrol\"");

            loginDemo("dispatch", "/");

            // An administrator who enrols at that point is logged in with the new factor's code.
            String username = IdentityTestUsers.uniqueUsername("newadmin");
            user(username, BuiltinRoles.AUDITOR);
            MockHttpSession session = login(username, "/account/second-factor");
            AuthenticatorApp app = AuthenticatorApp.scan(page(session, "/account/second-factor"));
            mvc.perform(confirm(session, app.code(AuthenticatorApp.stepNow()))).andExpect(redirectedUrl("/"));
            assertThat(page(session, "/audit")).doesNotContain("id=\"second-factor-must-enrol\"");
            login(username, "/login/code");
        } finally {
            settings.set(SecuritySettings.SECOND_FACTOR_REQUIRED, 0);
        }
    }

    @Test
    void theSecurityAdministratorResetsALostFactorButNotTheirOwn() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("lostphone");
        long id = user(username, BuiltinRoles.SUPERVISION);
        enrol(login(username, "/"));

        MockHttpSession sysadmin = WebTestSupport.login(mvc, "sysadmin");
        assertThat(page(sysadmin, "/admin/users/" + id + "/edit"))
                .contains("id=\"user-second-factor\"")
                .doesNotContain("id=\"user-second-factor-reset\"");
        mvc.perform(post("/admin/users/" + id + "/reset-second-factor")
                        .session(sysadmin)
                        .with(csrf()))
                .andExpect(status().isForbidden());

        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        assertThat(page(secadmin, "/admin/users/" + id + "/edit")).contains("id=\"user-second-factor-reset\"");
        mvc.perform(post("/admin/users/" + id + "/reset-second-factor")
                        .session(secadmin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id + "/edit"));
        assertThat(factors.enrolledAt(id)).isEmpty();
        AuditTrail.awaitRecord(jdbc, "second-factor.reset", username, null);
        login(username, "/");

        long secadminId = directory.findByUsername("secadmin").orElseThrow().id();
        mvc.perform(post("/admin/users/" + secadminId + "/reset-second-factor")
                        .session(secadmin)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private long user(String username, String role) {
        long id = IdentityTestUsers.createWithRole(identity, directory, username, role);
        identity.changeOwnPassword(id, IdentityTestUsers.INITIAL_PASSWORD, PASSWORD);
        return id;
    }

    private AuthenticatorApp enrol(MockHttpSession session) throws Exception {
        AuthenticatorApp app = AuthenticatorApp.scan(page(session, "/account/second-factor"));
        mvc.perform(confirm(session, app.code(AuthenticatorApp.stepNow())))
                .andExpect(redirectedUrl("/account/second-factor"));
        return app;
    }

    private MockHttpSession login(String username, String expected) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl(expected))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    private MockHttpSession loginDemo(String username, String expected) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(WebTestSupport.DEMO_PASSWORD))
                .andExpect(redirectedUrl(expected))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static org.springframework.test.web.servlet.RequestBuilder confirm(MockHttpSession session, String code) {
        return post("/account/second-factor").session(session).with(csrf()).param("code", code);
    }

    private static org.springframework.test.web.servlet.RequestBuilder remove(MockHttpSession session, String code) {
        return post("/account/second-factor/remove")
                .session(session)
                .with(csrf())
                .param("removeCode", code);
    }
}
