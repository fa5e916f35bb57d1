package cn.zhuanban.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginFlowTests {

    @Autowired
    MockMvc mvc;

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
