package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void demoLeaderLogsInAndLandsOnTheWorkbench() throws Exception {
        mvc.perform(formLogin().user("leader").password("Zhuanban@2026"))
                .andExpect(authenticated().withUsername("leader"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin().user("supervisor").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    /**
     * Login matches the username exactly, so {@code DISPATCH} beside {@code dispatch} would be a second account one
     * Shift key away: refused beside the field, naming the account that exists, with what was typed kept.
     */
    @Test
    void aUsernameEqualToAnotherIgnoringCaseIsRefused() throws Exception {
        String taken = IdentityTestUsers.uniqueUsername("casey");
        IdentityTestUsers.create(identity, taken);
        String page = mvc.perform(post("/admin/users")
                        .param("username", taken.toUpperCase(Locale.ROOT))
                        .param("fullName", "大小写不同")
                        .param("initialPassword", IdentityTestUsers.INITIAL_PASSWORD)
                        .session(WebTestSupport.login(mvc, "sysadmin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(HtmlParts.input(page, "user-form", "username"))
                .contains("is-invalid")
                .contains("value=\"" + taken.toUpperCase(Locale.ROOT) + "\"");
        assertThat(page).contains("已有账号 " + taken);
        assertThat(directory.findByUsername(taken.toUpperCase(Locale.ROOT))).isEmpty();
        assertThatThrownBy(() -> identity.createUser(
                        new NewUser("DISPATCH", "大写调度", null, null, null, null, IdentityTestUsers.INITIAL_PASSWORD)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.USERNAME_TAKEN));
    }

    /** The contract: every page carries the CSRF token and the header to send it in, the login page too. */
    @Test
    void theLoginPageCarriesTheCsrfTokenAndItsHeaderAsEveryPageDoes() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.matchesPattern("(?s).*<meta name=\"_csrf\" content=\"[^\"]+\">.*")))
                .andExpect(content()
                        .string(Matchers.containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">")));
    }
}
