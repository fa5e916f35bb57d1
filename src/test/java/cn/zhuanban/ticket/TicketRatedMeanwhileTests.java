package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A move posted from a page that is out of date, for a move no longer to be made (a rating sent again from a second
 * tab, a signature someone gave meanwhile), is refused with a message at the top of the ticket page: its form is gone,
 * and the page used to come back without a word. It says the ticket's own reason, and never presumes "someone else".
 */
@IntegrationTest
class TicketRatedMeanwhileTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    CalendarManagement calendar;

    @Test
    void aSecondRatingOfAClosedTicketSaysItWasRatedAlready() throws Exception {
        long id = awaitingFeedback();
        int version = flows.view(id).version();
        MockHttpSession reporter = WebTestSupport.login(mvc, "dispatch");
        rate(reporter, id, version, "SATISFIED").andExpect(status().is3xxRedirection());

        String page = rate(reporter, id, version, "BASICALLY_SATISFIED")
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"ticket-move-refusal\"", "该工单已评价（满意），不能再次评价");
        assertThat(flows.view(id).rating()).isEqualTo(TicketRating.SATISFIED);
    }

    @Test
    void aSignatureGivenMeanwhileIsSaidNotSilentlyDropped() throws Exception {
        long id = flows.assignedToPower();
        int version = flows.view(id).version();
        flows.management().act(id, TicketMove.SIGN, MoveCommand.empty(), flows.user("handler-power"));

        String page = mvc.perform(post("/tickets/" + id + "/moves/sign")
                        .session(WebTestSupport.login(mvc, "handler-power"))
                        .with(csrf())
                        .param("version", Integer.toString(version)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // the ticket's own reason: it is in progress now, where nobody signs
        assertThat(page)
                .contains("id=\"ticket-move-refusal\"", "未保存：工单当前为“办理中”状态，不能“签收”")
                .doesNotContain("他人");
    }

    /**
     * After two approved extensions the department's page says why it has no extension form any more; a request
     * posted from a page opened before the second approval is refused for the limit (page and API), not as a mere
     * change by "someone else".
     */
    @Test
    void theExtensionLimitIsSaidInTheFormsPlaceAndToARequestFromAnOlderPage() throws Exception {
        long id = flows.signedByPower();
        extend(id);
        int older = flows.view(id).version();
        extend(id);
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");

        String page = mvc.perform(get("/tickets/" + id).session(power))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain("id=\"move-request-extension\"")
                .contains("id=\"unavailable-request-extension\"", "申请延期：已延期 2 次，达到上限，不能再申请延期");

        LocalDate later =
                calendar.administrative().addWorkingDays(flows.view(id).resolveBy(), 5);
        String refused = mvc.perform(post("/tickets/" + id + "/moves/request-extension")
                        .session(power)
                        .with(csrf())
                        .param("version", Integer.toString(older))
                        .param("newDate", later.toString())
                        .param("reason", "再次延期"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("id=\"ticket-move-refusal\"", "已延期 2 次，达到上限，不能再申请延期")
                .doesNotContain("他人");
        mvc.perform(post("/api/v1/tickets/" + id + "/request-extension")
                        .session(power)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"newDate\": \"%s\", \"reason\": \"再次延期\", \"version\": %d}".formatted(later, older)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ticket.move-refused"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("已延期 2 次，达到上限")));
    }

    /** A stale version of a move still allowed: the 409 does not presume someone else (a second tab does it too). */
    @Test
    void aStaleVersionIsWordedWithoutPresumingSomeoneElse() throws Exception {
        long id = flows.signedByPower();
        int older = flows.view(id).version();
        flows.noteByPower(id);
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");

        mvc.perform(post("/api/v1/tickets/" + id + "/note")
                        .session(power)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"第二个窗口\", \"version\": %d}".formatted(older)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent-change"))
                .andExpect(jsonPath("$.detail").value("这条工单在您打开页面后已被修改（可能是在其他窗口），请刷新后再操作。"));
        String page = mvc.perform(post("/tickets/" + id + "/moves/note")
                        .session(power)
                        .with(csrf())
                        .param("version", Integer.toString(older))
                        .param("reason", "第二个窗口"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("这条工单在您打开页面后已被修改（可能是在其他窗口）", "第二个窗口").doesNotContain("他人");
    }

    private void extend(long id) {
        LocalDate until =
                calendar.administrative().addWorkingDays(flows.view(id).resolveBy(), 5);
        flows.management()
                .act(
                        id,
                        TicketMove.REQUEST_EXTENSION,
                        MoveCommand.requestExtension("设备到货推迟", until),
                        flows.user("handler-power"));
        flows.management()
                .act(id, TicketMove.DECIDE_EXTENSION, MoveCommand.decideExtension(true), flows.user("dispatch"));
    }

    private org.springframework.test.web.servlet.ResultActions rate(
            MockHttpSession session, long id, int version, String rating) throws Exception {
        return mvc.perform(post("/tickets/" + id + "/moves/feedback")
                .session(session)
                .with(csrf())
                .param("version", Integer.toString(version))
                .param("rating", rating));
    }

    private long awaitingFeedback() {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        flows.management().act(id, TicketMove.REVIEW, MoveCommand.review(true), flows.user("dispatch"));
        return id;
    }
}
