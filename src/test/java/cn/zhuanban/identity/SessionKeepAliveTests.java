package cn.zhuanban.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Pages tell the script how long the session lasts and whose it is; one request keeps it when the user asks. */
@IntegrationTest
class SessionKeepAliveTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aSignedInPageCarriesTheSessionLengthAndTheUserForTheWarningAndTheDrafts() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");
        mvc.perform(get("/tickets/new").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<meta name=\"session-seconds\" content=\"")))
                .andExpect(content().string(containsString("<meta name=\"session-user\" content=\"enterprise\">")))
                .andExpect(content().string(containsString("/js/session.js")))
                .andExpect(content().string(containsString("id=\"session-keep-alive\"")));
    }

    @Test
    void keepingTheSessionAnswersNoContentAndAGoneSessionSendsTheBrowserToTheLoginPage() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");
        mvc.perform(get("/session/keep-alive").session(session)).andExpect(status().isNoContent());
        mvc.perform(get("/session/keep-alive").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", containsString("/login")));
    }
}
