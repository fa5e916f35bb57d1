package cn.zhuanban.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A refusal by a controller's @PreAuthorize is audited, on pages and in the API alike. */
@IntegrationTest
class AccessRefusedAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedPageIsForbiddenAndAudited() throws Exception {
        MockHttpSession auditor = WebTestSupport.login(mvc, "auditor");
        String path = "/admin/users/" + uniqueId() + "/edit";

        mvc.perform(get(path).session(auditor)).andExpect(status().isForbidden());

        AuditTrail.awaitRecord(jdbc, "access.refused", "auditor", "GET " + path);
    }

    @Test
    void aRefusedApiCallIsAProblemWithCodeAndAudited() throws Exception {
        MockHttpSession auditor = WebTestSupport.login(mvc, "auditor");
        String path = "/api/v1/tokens/" + uniqueId();

        mvc.perform(delete(path).session(auditor).with(csrf().asHeader()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("forbidden"));

        AuditTrail.awaitRecord(jdbc, "access.refused", "auditor", "DELETE " + path);
    }

    private static long uniqueId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
    }
}
