package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The API's types are strict, as the README says: a number sent as a string, a boolean as a number or a string, an enum
 * as its index, a date as a number and an empty string for any of them are a 400 problem naming the field, in the
 * caller's language, never a value Jackson made up.
 */
@IntegrationTest
class ApiStrictTypesTests {

    private static final String REPORT = """
            {"projectId": %s, "category": %s, "title": %s, "description": "供电线路未接入", "severity": %s}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Test
    void aReportWithANumberOrEnumOfTheWrongTypeIsRefusedNamingTheField() throws Exception {
        MockHttpSession enterprise = WebTestSupport.login(mvc, "enterprise");
        String project = "1";

        refused(
                        enterprise,
                        "/api/v1/tickets",
                        REPORT.formatted("\"" + project + "\"", "\"POWER\"", "\"停电\"", "\"NORMAL\""))
                .andExpect(jsonPath("$.field").value("projectId"))
                .andExpect(jsonPath("$.detail").value(containsString("格式不正确")));
        // an empty string is named as such, with how to send no value, not "格式不正确：" with nothing after it
        refused(enterprise, "/api/v1/tickets", REPORT.formatted("\"\"", "\"POWER\"", "\"停电\"", "\"NORMAL\""))
                .andExpect(jsonPath("$.field").value("projectId"))
                .andExpect(jsonPath("$.fields[0]").value("projectId"))
                .andExpect(jsonPath("$.detail").value("projectId: 格式不正确：空字符串不是有效的值。不填请省略此项或传 null。"));
        refused(enterprise, "/api/v1/tickets", REPORT.formatted(project, "\"POWER\"", "\"停电\"", "1"))
                .andExpect(jsonPath("$.field").value("severity"));
        refused(enterprise, "/api/v1/tickets", REPORT.formatted(project, "\"\"", "\"停电\"", "\"NORMAL\""))
                .andExpect(jsonPath("$.field").value("category"))
                .andExpect(jsonPath("$.detail").value(containsString("空字符串")));
        refused(enterprise, "/api/v1/tickets", REPORT.formatted(project, "\"POWER\"", "5", "\"NORMAL\""))
                .andExpect(jsonPath("$.field").value("title"));
    }

    /** A value that is none of the choices is refused together with the body's other problems, not alone. */
    @Test
    void aReportWithAnUnknownCategoryNamesEveryInvalidFieldAtOnce() throws Exception {
        MockHttpSession enterprise = WebTestSupport.login(mvc, "enterprise");
        refused(enterprise, "/api/v1/tickets", "{\"projectId\": 1, \"category\": \"X\"}")
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.fields", containsInAnyOrder("category", "title", "description")))
                .andExpect(jsonPath("$.detail").value(containsString("category: 不是可选的值：X")));
        refused(enterprise, "/api/v1/tickets", REPORT.formatted("1", "\"X\"", "\"停电\"", "\"NORMAL\""))
                .andExpect(jsonPath("$.field").value("category"))
                .andExpect(jsonPath("$.fields", contains("category")));
    }

    @Test
    void theRefusalIsInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/tickets")
                        .session(WebTestSupport.login(mvc, "enterprise"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REPORT.formatted("\"1\"", "\"POWER\"", "\"停电\"", "\"NORMAL\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("projectId"))
                .andExpect(jsonPath("$.detail").value(containsString("Wrong format")));
    }

    @Test
    void aDateSentAsANumberOrAnEmptyStringIsRefused() throws Exception {
        MockHttpSession lead = WebTestSupport.login(mvc, "lead");
        String instruction = """
                {"projectId": 1, "category": "POWER", "title": "尽快通电", "content": "请供电局三日内接电",
                 "departmentId": 1, "resolveBy": %s}""";

        refused(lead, "/api/v1/tickets/instructions", instruction.formatted("20000"))
                .andExpect(jsonPath("$.field").value("resolveBy"));
        refused(lead, "/api/v1/tickets/instructions", instruction.formatted("\"\""))
                .andExpect(jsonPath("$.field").value("resolveBy"))
                .andExpect(jsonPath("$.detail").value(containsString("空字符串")));
    }

    @Test
    void aBooleanSentAsAStringOrANumberIsRefusedAndTheMoveNotTaken() throws Exception {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        refused(dispatch, "/api/v1/tickets/" + id + "/review", "{\"passed\": \"true\"}")
                .andExpect(jsonPath("$.field").value("passed"));
        refused(dispatch, "/api/v1/tickets/" + id + "/review", "{\"passed\": 1}")
                .andExpect(jsonPath("$.field").value("passed"));

        assertThat(flows.view(id).state()).isEqualTo(TicketState.RESOLVED);
    }

    private ResultActions refused(MockHttpSession session, String path, String json) throws Exception {
        return mvc.perform(post(path)
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"));
    }
}
