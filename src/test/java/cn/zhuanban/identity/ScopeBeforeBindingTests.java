package cn.zhuanban.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
 * An item outside the user's scope is 404, someone else's move 403, before the body or the parameters are read: an
 * invalid body did answer 400 with the field it expects, to a user who may not act on the ticket or cannot even see it.
 */
@IntegrationTest
class ScopeBeforeBindingTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aTicketMoveIsRefusedBeforeItsBodyIsRead() throws Exception {
        // enterprise reported ticket 1 but does not resolve it; enterprise2 does not see it.
        mvc.perform(resolve(WebTestSupport.login(mvc, "enterprise"), 1)).andExpect(status().isForbidden());
        mvc.perform(resolve(WebTestSupport.login(mvc, "enterprise2"), 1)).andExpect(status().isNotFound());
        mvc.perform(resolve(WebTestSupport.login(mvc, "enterprise2"), 999_999_999))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPhotoUploadToAProjectOutOfScopeIsNotFoundWhateverItsParameters() throws Exception {
        MockHttpSession outsider = WebTestSupport.login(mvc, "enterprise2");
        mvc.perform(multipart("/investment-reports/projects/1/photos")
                        .session(outsider)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/investment-reports/projects/1/photos")
                        .session(outsider)
                        .with(csrf())
                        .param("reportId", "1"))
                .andExpect(status().isNotFound());
    }

    private static org.springframework.test.web.servlet.RequestBuilder resolve(MockHttpSession session, long ticket) {
        return post("/api/v1/tickets/" + ticket + "/resolve")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"x\",\"reason\":\"x\"}");
    }
}
