package cn.zhuanban.ticket;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Two people acting on the same ticket: the second, holding a stale version, gets 409, not a lost update. */
@IntegrationTest
class TicketConcurrencyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Test
    void aMoveWithAStaleVersionIsAConflictOnTheApiAndOnThePage() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        int version = JsonPath.read(
                mvc.perform(get("/api/v1/tickets/" + id).session(power))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.version");

        mvc.perform(post("/api/v1/tickets/" + id + "/note")
                        .session(power)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"第一人\", \"version\": %d}".formatted(version)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/tickets/" + id + "/resolve")
                        .session(power)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"SOLVED\", \"reason\": \"第二人\", \"version\": %d}".formatted(version)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent-change"));
        mvc.perform(post("/tickets/" + id + "/moves/note")
                        .session(power)
                        .with(csrf())
                        .param("reason", "页面上的旧版本")
                        .param("version", Integer.toString(version)))
                .andExpect(status().isConflict())
                // the ticket page again, the move open with the reason typed and why it was not taken
                .andExpect(content().string(Matchers.containsString("页面上的旧版本")))
                .andExpect(content().string(Matchers.containsString("id=\"note-refusal\"")));
        mvc.perform(get("/api/v1/tickets/" + id).session(power))
                .andExpect(jsonPath("$.state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.history[?(@.detail == '第二人')]").isEmpty());
    }

    /**
     * Every move form carries the ticket's version: a move posted without it is refused like a stale one (a page
     * form that lost it would skip the check and overwrite a change made meanwhile). The API documents no version and
     * keeps taking moves without one.
     */
    @Test
    void aPageMoveWithoutTheVersionIsRefusedLikeAStaleOneWhileTheApiTakesIt() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");

        mvc.perform(post("/tickets/" + id + "/moves/note")
                        .session(power)
                        .with(csrf())
                        .param("reason", "没有版本的说明"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("没有版本的说明")))
                .andExpect(content().string(Matchers.containsString("id=\"note-refusal\"")))
                .andExpect(content().string(Matchers.containsString("这条工单在您打开页面后已被修改")));
        mvc.perform(get("/api/v1/tickets/" + id).session(power))
                .andExpect(jsonPath("$.history[?(@.detail == '没有版本的说明')]").isEmpty());

        mvc.perform(post("/api/v1/tickets/" + id + "/note")
                        .session(power)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"接口不带版本\"}"))
                .andExpect(status().isOk());
    }
}
