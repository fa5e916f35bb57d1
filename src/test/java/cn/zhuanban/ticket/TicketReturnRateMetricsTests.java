package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The return rate by department comes from the timeline: each return request counts for the department that made it,
 * each assignment in the base of the department it went to, so a ticket that one department returned and then the
 * next returned too counts for both. The other rates stay with the department the ticket has now.
 */
@IntegrationTest
class TicketReturnRateMetricsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketTestData data;

    @Autowired
    TicketFlows flows;

    @Test
    void aTicketReturnedByTwoDepartmentsInTurnCountsAReturnForEach() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        MockHttpSession land = WebTestSupport.login(mvc, "handler");
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        String landKey = Long.toString(data.department("ZRZY"));
        String powerKey = Long.toString(data.department("GD"));
        Map<String, Object> landBefore = row(dispatch, landKey);
        Map<String, Object> powerBefore = row(dispatch, powerKey);
        long id = flows.reported(data.project("ZRZY"));

        act(dispatch, id, "assign", "{\"departmentId\": %s}".formatted(landKey));
        act(land, id, "request-return", "{\"reason\": \"非本部门职责\"}");
        act(dispatch, id, "reassign", "{\"departmentId\": %s, \"reason\": \"改派供电\"}".formatted(powerKey));
        act(power, id, "request-return", "{\"reason\": \"亦非本部门职责\"}");

        Map<String, Object> landAfter = row(dispatch, landKey);
        Map<String, Object> powerAfter = row(dispatch, powerKey);
        assertThat(count(landAfter, "returned") - count(landBefore, "returned")).isEqualTo(1);
        assertThat(count(landAfter, "assigned") - count(landBefore, "assigned")).isEqualTo(1);
        assertThat(count(powerAfter, "returned") - count(powerBefore, "returned"))
                .isEqualTo(1);
        assertThat(count(powerAfter, "assigned") - count(powerBefore, "assigned"))
                .isEqualTo(1);
        // The ticket itself now lies with the power company alone.
        assertThat(count(landAfter, "total") - count(landBefore, "total")).isZero();
        assertThat(count(powerAfter, "total") - count(powerBefore, "total")).isEqualTo(1);
    }

    @Test
    void anInsistedTicketIsOneAssignmentAndOneReturnOfTheSameDepartment() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        MockHttpSession land = WebTestSupport.login(mvc, "handler");
        String landKey = Long.toString(data.department("ZRZY"));
        Map<String, Object> before = row(dispatch, landKey);
        long id = flows.reported(data.project("ZRZY"));

        act(dispatch, id, "assign", "{\"departmentId\": %s}".formatted(landKey));
        act(land, id, "request-return", "{\"reason\": \"非本部门职责\"}");
        act(dispatch, id, "insist", "{\"reason\": \"属于本部门职责\"}");

        Map<String, Object> after = row(dispatch, landKey);
        assertThat(count(after, "returned") - count(before, "returned")).isEqualTo(1);
        assertThat(count(after, "assigned") - count(before, "assigned")).isEqualTo(1);
        assertThat(count(after, "total") - count(before, "total")).isEqualTo(1);
    }

    private Map<String, Object> row(MockHttpSession session, String key) throws Exception {
        String json = mvc.perform(get("/api/v1/tickets/metrics?dimension=DEPARTMENT&size=200")
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(json, "$.content[?(@.key == '" + key + "')]");
        return rows.isEmpty() ? Map.of() : rows.getFirst();
    }

    private static long count(Map<String, Object> row, String field) {
        Object n = row.get(field);
        return n == null ? 0 : ((Number) n).longValue();
    }

    private void act(MockHttpSession session, long id, String action, String body) throws Exception {
        mvc.perform(post("/api/v1/tickets/" + id + "/" + action)
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
    }
}
