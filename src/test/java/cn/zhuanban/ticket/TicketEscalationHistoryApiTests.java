package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.ticket.domain.EscalationLadder;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The escalation ladder's steps in a ticket's API history are the system's, named as the page's timeline names it
 * (系统, System in English), and every entry carries its place in the history as its step: they all read actor null and
 * step 0.
 */
@IntegrationTest
class TicketEscalationHistoryApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    EscalationLadder ladder;

    @Autowired
    CalendarManagement calendar;

    @Test
    void theLaddersStepsAreTheSystemsAndNumberedInTheirPlace() throws Exception {
        long id = flows.assignedToPower();
        ladder.run(calendar.addWorkingDays(flows.view(id).resolveBy(), 3));
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        List<Map<String, Object>> history = history(id, dispatch, "zh-CN");
        List<Map<String, Object>> escalations = history.stream()
                .filter(e -> e.get("action").toString().startsWith("ticket.escalated-"))
                .toList();
        assertThat(escalations)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("actor")).isEqualTo("系统"));
        assertThat(history)
                .extracting(e -> e.get("step"))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, history.size()).boxed().toList());
        assertThat(history.getFirst())
                .containsEntry("action", "ticket.reported")
                .doesNotContainEntry("actor", "系统");

        assertThat(history(id, dispatch, "en"))
                .filteredOn(e -> e.get("action").toString().startsWith("ticket.escalated-"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("actor")).isEqualTo("System"));
    }

    private List<Map<String, Object>> history(long id, MockHttpSession session, String language) throws Exception {
        String body = mvc.perform(
                        get("/api/v1/tickets/" + id).param("lang", language).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.history");
    }
}
