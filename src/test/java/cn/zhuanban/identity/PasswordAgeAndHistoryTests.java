package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * MLPS level-3 password habits beyond the first login: a password expires after the configured days, a new one may
 * not repeat the last few, and each login tells when and from where the previous one was and what failed since.
 */
@IntegrationTest
class PasswordAgeAndHistoryTests {

    private static final String FIRST = "First#2026pw";
    private static final String SECOND = "Second#2026pw";
    private static final String THIRD = "Third#2026pw";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPasswordOlderThanTheSettingMustBeChangedBeforeAnythingElse() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("aged");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        identity.changeOwnPassword(id, IdentityTestUsers.INITIAL_PASSWORD, FIRST);
        jdbc.sql("update app_user set password_changed_at = :at where id = :id")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(91))))
                .param("id", id)
                .update();

        MockHttpSession session = login(username, FIRST, "/account/password");
        mvc.perform(get("/projects").session(session)).andExpect(redirectedUrl("/account/password"));
        assertThat(html(session, "/account/password"))
                .contains("id=\"password-expired\"")
                .contains("已使用超过 90 天")
                .doesNotContain("id=\"password-required\"");

        mvc.perform(change(session, FIRST, SECOND)).andExpect(redirectedUrl("/"));
        assertThat(html(session, "/")).contains("id=\"workbench-title\"");
    }

    @Test
    void aPasswordWithinTheLifetimeLetsTheUserInWarnedInItsLastWeek() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("fresh");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        identity.changeOwnPassword(id, IdentityTestUsers.INITIAL_PASSWORD, FIRST);
        jdbc.sql("update app_user set password_changed_at = :at where id = :id")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(89))))
                .param("id", id)
                .update();

        MockHttpSession session = login(username, FIRST, "/");
        assertThat(html(session, "/")).contains("id=\"password-expiring\"").contains("您的密码将在 1 天后过期");
    }

    @Test
    void aPasswordWithMoreThanAWeekLeftIsNotWarnedAbout() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("young");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        identity.changeOwnPassword(id, IdentityTestUsers.INITIAL_PASSWORD, FIRST);

        MockHttpSession session = login(username, FIRST, "/");
        assertThat(html(session, "/")).doesNotContain("id=\"password-expiring\"");
    }

    @Test
    void aNewPasswordMayNotRepeatTheLastFive() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("history");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        identity.changeOwnPassword(id, IdentityTestUsers.INITIAL_PASSWORD, FIRST);
        identity.changeOwnPassword(id, FIRST, SECOND);
        MockHttpSession session = login(username, SECOND, "/");

        // The first password, two generations back, and the initial one are both refused at the field.
        for (String old : new String[] {FIRST, IdentityTestUsers.INITIAL_PASSWORD}) {
            String page = mvc.perform(change(session, SECOND, old))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("新密码不能与最近 5 次使用的密码（含当前密码）相同");
        }
        mvc.perform(change(session, SECOND, THIRD)).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from password_history where user_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void theHistoryKeepsOnlyAsManyPasswordsAsTheSettingAsks() {
        String username = IdentityTestUsers.uniqueUsername("trim");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        String current = IdentityTestUsers.INITIAL_PASSWORD;
        for (int i = 0; i < 7; i++) {
            String next = "Round#" + i + "pw2026";
            identity.changeOwnPassword(id, current, next);
            current = next;
        }
        assertThat(jdbc.sql("select count(*) from password_history where user_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        // Four generations back is still refused; five back is allowed again.
        String last = current;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> identity.changeOwnPassword(id, last, "Round#2pw2026"))
                .isInstanceOf(cn.zhuanban.shared.BusinessException.class);
        identity.changeOwnPassword(id, current, "Round#1pw2026");
    }

    @Test
    void aLoginShowsThePreviousOneAndTheFailedAttemptsSince() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("seen");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        identity.changeOwnPassword(id, IdentityTestUsers.INITIAL_PASSWORD, FIRST);

        MockHttpSession first = login(username, FIRST, "/");
        assertThat(html(first, "/")).doesNotContain("id=\"previous-login\"");
        mvc.perform(formLogin().user(username).password("Wrong#2026pw"));
        mvc.perform(formLogin().user(username).password("Wrong#2026pw"));

        MockHttpSession second = login(username, FIRST, "/");
        assertThat(html(second, "/"))
                .contains("id=\"previous-login\"")
                .contains("上次登录：")
                .contains("来自 127.0.0.1")
                .contains("此后有 2 次密码错误的登录尝试");
        // Shown once: the next page no longer carries it.
        assertThat(html(second, "/")).doesNotContain("id=\"previous-login\"");

        MockHttpSession third = login(username, FIRST, "/");
        assertThat(html(third, "/")).contains("id=\"previous-login\"").doesNotContain("次密码错误的登录尝试");
        assertThat(directory.user(id).lastLoginAt()).isNotNull();
        assertThat(html(WebTestSupport.login(mvc, "sysadmin"), "/admin/users?q=" + username))
                .contains("最后登录");
    }

    private MockHttpSession login(String username, String password, String expected) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl(expected))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String html(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
    }

    private static org.springframework.test.web.servlet.RequestBuilder change(
            MockHttpSession session, String current, String next) {
        return post("/account/password")
                .session(session)
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmPassword", next);
    }
}
