package cn.zhuanban;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Logs a demo user in through the real login form and returns the session, so that tests act with
 * the real principal, permissions and data scope. Use with {@code .session(session).with(csrf())}.
 */
public final class WebTestSupport {

    public static final String DEMO_PASSWORD = "Zhuanban@2026";

    private WebTestSupport() {}

    public static MockHttpSession login(MockMvc mvc, String username) throws Exception {
        MvcResult result =
                mvc.perform(formLogin().user(username).password(DEMO_PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        if (session == null
                || result.getResponse().getRedirectedUrl() == null
                || result.getResponse().getRedirectedUrl().contains("error")) {
            throw new IllegalStateException("login failed for " + username + ": "
                    + result.getResponse().getRedirectedUrl() + " session " + session);
        }
        return session;
    }

    /** The HTML a demo user gets for {@code path} (a fresh login each time), expecting 200. */
    public static String page(MockMvc mvc, String username, String path) throws Exception {
        return mvc.perform(get(path).session(login(mvc, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
