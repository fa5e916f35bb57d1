package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * After the session times out (30 minutes without a request), the next click leads to the login page saying why:
 * not a login form inside the clicked table (htmx), nor "forbidden" for a form posted from the stale page.
 */
@IntegrationTest
class SessionTimeoutTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anHtmxRequestWithoutASessionSendsTheWholePageToTheLogin() throws Exception {
        mvc.perform(get("/tickets").param("page", "1").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login?timeout"));
    }

    @Test
    void aPageAskedForWithATimedOutSessionSaysSoOnTheLoginPage() throws Exception {
        mvc.perform(get("/tickets").with(goneSession())).andExpect(redirectedUrl("/login?timeout"));
        assertThat(mvc.perform(get("/login").param("timeout", ""))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("登录已超时");
    }

    @Test
    void aFormPostedFromAStalePageGoesToTheLoginNotForbidden() throws Exception {
        mvc.perform(post("/tickets").with(goneSession()).with(csrf().useInvalidToken()))
                .andExpect(redirectedUrl("/login?timeout"));
    }

    @Test
    void aBadTokenInALiveSessionIsStillRefused() throws Exception {
        var session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(post("/tickets").session(session).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }

    /**
     * A request naming a session the store no longer has. (Tests keep sessions in the container, not in Spring
     * Session's JDBC store; both answer the servlet API's questions the same way.)
     */
    private static RequestPostProcessor goneSession() {
        return request -> {
            request.setRequestedSessionId("0f6b3c1e-timed-out");
            request.setRequestedSessionIdValid(false);
            return request;
        };
    }
}
