package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A leader's instruction over the API ({@code POST /api/v1/tickets/instructions}, README's API notes): the same
 * ticket as the page gives, assigned at once, with the same permission, scope and refusals as problems naming the
 * field.
 */
@IntegrationTest
class LeaderInstructionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Autowired
    LeaderInstructions instructions;

    @Test
    void anInstructionIsCreatedAssignedAtOnceWithTheSeveritysDeadlinesAndAnsweredAsTheTicket() throws Exception {
        LocalDate counted =
                instructions.countedResolveBy().get(TicketCategory.POWER).get(TicketSeverity.URGENT);

        String json = instruct("leader", body(data.project("GD"), "\"severity\": \"URGENT\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("ASSIGNED"))
                .andExpect(jsonPath("$.severity").value("URGENT"))
                .andExpect(jsonPath("$.departmentId").value(data.department("GD")))
                .andExpect(jsonPath("$.resolveBy").value(counted.toString()))
                .andExpect(jsonPath("$.resolveDateChosen").value(false))
                .andExpect(jsonPath("$.description").value("请供电公司三日内拿出接电方案"))
                .andExpect(jsonPath("$.history[*].action").value(hasItems("ticket.reported", "ticket.assigned")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();

        assertThat(flows.view(id).reporterId()).isEqualTo(data.user("leader"));
        assertThat(WebTestSupport.page(mvc, "handler-power", "/tickets/" + id))
                .contains("领导批示", "批示人：" + flows.user("leader").fullName());
    }

    @Test
    void aDateSetIsTheChosenResolveDeadline() throws Exception {
        LocalDate due = calendar.administrative().addWorkingDays(LocalDate.now(clock), 4);

        instruct("leader", body(data.project("GD"), "\"resolveBy\": \"" + due + "\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.severity").value("NORMAL"))
                .andExpect(jsonPath("$.resolveBy").value(due.toString()))
                .andExpect(jsonPath("$.resolveDateChosen").value(true));
    }

    @Test
    void missingOrWrongInputIsA400NamingTheFieldsAndSavesNothing() throws Exception {
        long before = instructionTickets();

        instruct("leader", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.fields")
                        .value(hasItems("projectId", "category", "title", "content", "departmentId")));
        instruct("leader", body(data.project("GD"), "\"resolveBy\": \"2000-01-03\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("resolveBy"));
        instruct("leader", body(data.project("GD"), "\"severity\": \"PURPLE\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("severity"));
        instruct(
                        "leader",
                        body(data.project("GD"), "\"severity\": \"NORMAL\"")
                                .replace("\"departmentId\": " + data.department("GD"), "\"departmentId\": 999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("departmentId"));

        assertThat(instructionTickets()).isEqualTo(before);
    }

    @Test
    void onlyALeaderMayInstructAndALeadOfficialOnlyOnAProjectHeLeads() throws Exception {
        long others = data.project("GD");
        jdbc.sql("update project set lead_official_id = :lead where id = :id")
                .param("lead", data.user("lead2"))
                .param("id", others)
                .update();
        long before = instructionTickets();

        for (String other : new String[] {"dispatch", "handler", "enterprise"}) {
            instruct(other, body(data.project("GD"), "\"severity\": \"NORMAL\""))
                    .andExpect(status().isForbidden());
        }
        instruct("lead", body(others, "\"severity\": \"NORMAL\""))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));

        assertThat(instructionTickets()).isEqualTo(before);
        instruct("lead2", body(others, "\"severity\": \"NORMAL\"")).andExpect(status().isCreated());
    }

    private ResultActions instruct(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/tickets/instructions")
                .session(WebTestSupport.login(mvc, user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String body(long project, String more) {
        return """
                {"projectId": %d, "category": "POWER", "title": "施工用电迟迟未接入",
                 "content": "请供电公司三日内拿出接电方案", "departmentId": %d, %s}""".formatted(project, data.department("GD"), more);
    }

    private long instructionTickets() {
        return jdbc.sql("select count(*) from ticket where source = 'INSTRUCTION'")
                .query(Long.class)
                .single();
    }
}
