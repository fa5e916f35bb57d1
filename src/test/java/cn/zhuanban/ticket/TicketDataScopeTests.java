package cn.zhuanban.ticket;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A department handler sees and acts on their department's tickets only; co-departments see and add notes. */
@IntegrationTest
class TicketDataScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    TicketManagement management;

    @Test
    void aHandlerOfAnotherDepartmentGets404ByUrlAndApi() throws Exception {
        long id = flows.assignedToPower();
        MockHttpSession other = WebTestSupport.login(mvc, "handler");
        mvc.perform(get("/tickets/" + id).session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tickets/" + id).session(other))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(post("/api/v1/tickets/" + id + "/sign")
                        .session(other)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tickets?size=200").session(other))
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/tickets/" + id).session(WebTestSupport.login(mvc, "handler-power")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"submit-sign\"")));
    }

    @Test
    void aCoDepartmentSeesTheTicketAndAddsNotesButCannotSignIt() throws Exception {
        long id = flows.reported(data.project("GD"));
        management.act(
                id,
                TicketMove.ASSIGN,
                MoveCommand.assignTo(data.department("GD"), List.of(data.department("ZRZY")), null),
                flows.user("dispatch"));
        MockHttpSession co = WebTestSupport.login(mvc, "handler");
        mvc.perform(get("/api/v1/tickets/" + id).session(co))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextMoves").value(Matchers.contains("NOTE")));
        mvc.perform(post("/api/v1/tickets/" + id + "/note")
                        .session(co)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"用地红线已核实\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/tickets/" + id + "/sign")
                        .session(co)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void descriptionsAreRenderedEscaped() throws Exception {
        long id = management.report(
                new ReportCommand(
                        data.project("GD"), TicketCategory.OTHER, "<b>标题</b>", "<script>alert(1)</script>", null),
                List.of(),
                flows.user("dispatch"));
        mvc.perform(get("/tickets/" + id).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)"))));
    }
}
