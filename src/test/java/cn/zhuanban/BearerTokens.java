package cn.zhuanban;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Issues a personal API token for a demo user the way a script's owner would: log in, then POST /api/v1/tokens. */
public final class BearerTokens {

    private BearerTokens() {}

    /** The {@code Authorization} header value for the user's new token. */
    public static String of(MockMvc mvc, String username) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .session(WebTestSupport.login(mvc, username))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"api test\", \"expiresInDays\": 1}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.token");
    }
}
