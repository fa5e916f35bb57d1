package cn.zhuanban.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API's description (/v3/api-docs, the Swagger UI) lists every endpoint: it is for the staff who may issue API
 * tokens to connect a system, not for an enterprise's contact (an outside user) nor the administrators, and not for
 * anyone who has not logged in.
 */
@IntegrationTest
class ApiDescriptionAccessTests {

    @Autowired
    MockMvc mvc;

    @Test
    void staffWhoMayIssueTokensReadTheDescription() throws Exception {
        mvc.perform(get("/v3/api-docs").session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/")));
        mvc.perform(get("/swagger-ui.html").session(WebTestSupport.login(mvc, "lead")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anEnterpriseContactAndTheAdministratorsAreRefused() throws Exception {
        for (String user : new String[] {"enterprise", "sysadmin", "auditor"}) {
            var session = WebTestSupport.login(mvc, user);
            for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html"}) {
                mvc.perform(get(path).session(session)).andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void withoutALoginTheDescriptionLeadsToTheLoginPage() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
    }
}
