package cn.zhuanban.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A user without the permission is refused before the input is looked at: a missing, badly typed or invalid input
 * does not answer 400 with what the endpoint expects first. Users with the permission still get the 400.
 */
@IntegrationTest
class AuthorizeBeforeBindingTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anInvalidBodyFromAUserWithoutThePermissionIsRefusedNotExplained() throws Exception {
        MockHttpSession enterprise = WebTestSupport.login(mvc, "enterprise");
        for (String body : new String[] {"{}", "{", "{\"level\":\"NOT_A_LEVEL\"}"}) {
            mvc.perform(post("/api/v1/projects")
                            .session(enterprise)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isForbidden());
        }
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(post("/api/v1/projects")
                        .session(dispatch)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aBadlyTypedParameterFromAUserWithoutThePermissionIsRefusedNotExplained() throws Exception {
        MockHttpSession supervisor = WebTestSupport.login(mvc, "supervisor");
        mvc.perform(post("/projects/1/plan/calendar-days")
                        .session(supervisor)
                        .with(csrf())
                        .param("date", "not-a-date")
                        .param("version", "x"))
                .andExpect(status().isForbidden());
    }
}
