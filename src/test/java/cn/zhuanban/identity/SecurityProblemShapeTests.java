package cn.zhuanban.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.BearerTokens;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The security layer's refusals of API calls (401 without a token or with a bad one, 403 for a lacking permission or a
 * session's write without its CSRF token) are problems of the shape every other API error has: type, title, status,
 * detail, instance and code, in the caller's language.
 */
@IntegrationTest
class SecurityProblemShapeTests {

    private static final String AUDIT = "/api/v1/audit/records";

    @Autowired
    MockMvc mvc;

    @Test
    void aCallWithoutATokenOrWithABadOneIsA401OfTheApisShape() throws Exception {
        problem(get(AUDIT), 401, "unauthorized")
                .andExpect(jsonPath("$.title").value("未登录"))
                .andExpect(jsonPath("$.detail").value("请先登录，或提供有效的 API 令牌。"));
        problem(
                        get(AUDIT)
                                .header("Authorization", "Bearer zb_not-a-token")
                                .header("Accept-Language", "en"),
                        401,
                        "unauthorized")
                .andExpect(jsonPath("$.title").value("Not logged in"));
    }

    @Test
    void aLackingPermissionIsA403OfTheApisShape() throws Exception {
        problem(get(AUDIT).header("Authorization", BearerTokens.of(mvc, "dispatch")), 403, "forbidden")
                .andExpect(jsonPath("$.detail").value("您没有执行此操作的权限。"));
    }

    @Test
    void aSessionsWriteWithoutItsCsrfTokenIsA403OfTheApisShape() throws Exception {
        problem(
                post("/api/v1/tickets")
                        .session(WebTestSupport.login(mvc, "enterprise"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                403,
                "csrf");
    }

    private ResultActions problem(MockHttpServletRequestBuilder request, int status, String code) throws Exception {
        String path = request.buildRequest(new org.springframework.mock.web.MockServletContext())
                .getRequestURI();
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.instance").value(path))
                .andExpect(jsonPath("$.code").value(code));
    }
}
