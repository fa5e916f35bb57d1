package cn.zhuanban.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.security.ApiTokens;
import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An API call without a language chosen in its session (a token's call has none) gets its error detail in the
 * language of its {@code Accept-Language}, Chinese without one; a session's own choice ({@code ?lang=}) still wins.
 */
@IntegrationTest
class ApiLanguageTests {

    private static final String SPAN_REFUSED = "/api/v1/calendar/days?from=2026-01-01&to=2025-12-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    ApiTokens tokens;

    private String token() throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"lang-" + UUID.randomUUID() + "\",\"expiresInDays\":30}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private ResultActions refused(String token, String acceptLanguage) throws Exception {
        var request = get(SPAN_REFUSED).header("Authorization", "Bearer " + token);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
    }

    @Test
    void aTokensCallIsAnsweredInTheLanguageItAccepts() throws Exception {
        String token = token();
        refused(token, "en").andExpect(jsonPath("$.detail").value(Matchers.containsString("1830 days")));
        refused(token, "en-US,en;q=0.9,zh-CN;q=0.8")
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("1830 days")));
        refused(token, "zh-CN,zh;q=0.9,en;q=0.8")
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("1830天")));
        refused(token, null).andExpect(jsonPath("$.detail").value(Matchers.containsString("1830天")));
        refused(token, "fr-FR").andExpect(jsonPath("$.detail").value(Matchers.containsString("1830天")));
    }

    /**
     * A token carries no session, so the language its owner saved on the account answers a call that asks for none, the
     * security layer's refusals included; a language the call asks for still wins.
     */
    @Test
    void aTokensCallAskingForNoLanguageIsAnsweredInItsAccountsLanguage() throws Exception {
        long id = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("tokenlang"), BuiltinRoles.DISPATCH_OFFICE);
        identity.waivePasswordChange(id);
        identity.changeLocale(id, "en");
        String token =
                tokens.issue(id, directory.user(id).username(), "lang", 1).token();

        refused(token, null).andExpect(jsonPath("$.detail").value(Matchers.containsString("1830 days")));
        refused(token, "fr-FR").andExpect(jsonPath("$.detail").value(Matchers.containsString("1830 days")));
        refused(token, "zh-CN").andExpect(jsonPath("$.detail").value(Matchers.containsString("1830天")));
        mvc.perform(get("/api/v1/audit/records").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Forbidden"));

        identity.changeLocale(id, "zh-CN");
        refused(token, null).andExpect(jsonPath("$.detail").value(Matchers.containsString("1830天")));
    }

    @Test
    void aSessionsChoiceWinsOverTheHeaderAndPagesStayChineseByDefault() throws Exception {
        var session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/account/password").param("lang", "zh-CN").session(session))
                .andExpect(status().isOk());
        mvc.perform(get(SPAN_REFUSED).session(session).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("1830天")));
        mvc.perform(get("/account/password")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("lang=\"zh-CN\"")));
    }
}
