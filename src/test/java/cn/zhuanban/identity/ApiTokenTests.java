package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Personal API tokens: shown once, stored as a hash, acting as their user, revocable. */
@IntegrationTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    HealthContributorRegistry health;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIsIssuedOnceAuthenticatesAndIsStoredOnlyAsItsHash() throws Exception {
        String name = "script-" + UUID.randomUUID();
        Issued issued = issue(WebTestSupport.login(mvc, "dispatch"), name);

        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.name == '" + name + "')].id")
                        .value(Matchers.contains((int) issued.id())))
                .andExpect(jsonPath("$.totalElements").isNumber());

        var rows = jdbc.sql("select * from api_token").query().listOfRows();
        assertThat(rows)
                .noneMatch(row -> row.values().stream()
                        .anyMatch(value -> value != null && value.toString().contains(issued.token())));
        Map<String, Object> row = jdbc.sql("select * from api_token where id = :id")
                .param("id", issued.id())
                .query()
                .singleRow();
        assertThat(row.get("token_hash")).isEqualTo(sha256(issued.token()));
        AuditTrail.awaitRecord(jdbc, "token.created", "dispatch", name + " #" + issued.id());
    }

    @Test
    void aRevokedTokenIsRefusedWithAProblem() throws Exception {
        Issued issued = issue(WebTestSupport.login(mvc, "leader"), "revoke-" + UUID.randomUUID());

        mvc.perform(delete("/api/v1/tokens/" + issued.id()).header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isNoContent());

        expectUnauthorized(mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + issued.token())));
        AuditTrail.awaitRecord(jdbc, "token.revoked", "leader", "#" + issued.id());
    }

    @Test
    void withoutAValidTokenTheApiAnswers401() throws Exception {
        expectUnauthorized(mvc.perform(get("/api/v1/tokens")));
        expectUnauthorized(mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer zb_not-a-token")));
        expectUnauthorized(mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer nonsense")));
    }

    @Test
    void issuingATokenWithTheSessionNeedsTheCsrfHeader() throws Exception {
        mvc.perform(post("/api/v1/tokens")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"no-csrf\",\"expiresInDays\":30}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTokenCannotIssueAnotherToken() throws Exception {
        Issued issued = issue(WebTestSupport.login(mvc, "dispatch"), "minter-" + UUID.randomUUID());
        Long before =
                jdbc.sql("select count(*) from api_token").query(Long.class).single();

        mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", "Bearer " + issued.token())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a year\",\"expiresInDays\":365}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("identity.token-needs-session"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("只能在登录后的页面会话中创建")));

        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void anAuthorizationHeaderThatIsNoTokenDoesNotSpareTheSessionTheCsrfCheck() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        for (String header : new String[] {"Basic Zm9vOmJhcg==", "Bearer", "Bearer  ", ""}) {
            mvc.perform(post("/api/v1/tokens")
                            .session(session)
                            .header("Authorization", header)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"no-csrf\",\"expiresInDays\":30}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("csrf"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-CSRF-TOKEN")));
        }
        assertThat(jdbc.sql("select count(*) from api_token where name = 'no-csrf'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWriteWithNeitherSessionNorTokenIsUnauthorizedNotACsrfRefusal() throws Exception {
        expectUnauthorized(mvc.perform(post("/api/v1/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"anonymous\",\"expiresInDays\":30}")));
        expectUnauthorized(mvc.perform(delete("/api/v1/tokens/1")));
        expectUnauthorized(mvc.perform(post("/api/v1/tokens")
                .header("Authorization", "Bearer zb_not-a-token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"anonymous\",\"expiresInDays\":30}")));
        // a browser's form without a session is still sent to log in, as before
        mvc.perform(post("/account/tokens").param("name", "anonymous")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from api_token where name = 'anonymous'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theIssuedExpiryIsTheInstantTheListShowsLater() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        String name = "precision-" + UUID.randomUUID();
        String issued = mvc.perform(post("/api/v1/tokens")
                        .session(session)
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"expiresInDays\":30}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String listed = mvc.perform(get("/api/v1/tokens").param("size", "200").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String expiresAt = JsonPath.read(issued, "$.expiresAt");
        assertThat(JsonPath.<java.util.List<String>>read(listed, "$.content[?(@.name == '" + name + "')].expiresAt"))
                .containsExactly(expiresAt);
    }

    @Test
    void actuatorShowsHealthToEveryoneAndNothingElse() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        MockHttpSession sysadmin = WebTestSupport.login(mvc, "sysadmin");
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops"}) {
            mvc.perform(get(endpoint)).andExpect(status().is3xxRedirection());
            mvc.perform(get(endpoint).session(sysadmin))
                    .andExpect(status().is(Matchers.oneOf(403, 404)))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("propertySources"))));
        }
    }

    /**
     * Without login the health answers its overall status and nothing else: no components, and no names of the probe
     * groups Boot 4 adds by default. The readiness state still counts in that status, for a load balancer.
     */
    @Test
    void healthAnswersItsOverallStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().is(Matchers.not(200)));
        assertThat(health.getContributor("readinessState")).isNotNull();
    }

    private Issued issue(MockHttpSession session, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .session(session)
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"expiresInDays\":30}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(Matchers.startsWith("zb_")))
                .andExpect(jsonPath("$.expiresAt").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new Issued(((Number) JsonPath.read(body, "$.id")).longValue(), JsonPath.read(body, "$.token"));
    }

    private static void expectUnauthorized(ResultActions result) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("unauthorized"));
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private record Issued(long id, String token) {}
}
