package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A move posted from a page that is out of date, for a move no longer to be made (a rating sent again from a second
 * tab, a signature someone gave meanwhile), is refused with a message at the top of the ticket page: its form is gone,
 * and the page used to come back without a word.
 */
@IntegrationTest
class TicketRatedMeanwhileTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

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

        assertThat(page).contains("id=\"ticket-move-refusal\"", "他人已修改了这条工单", "“签收”已无法办理");
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
        flows.management()
                .act(
                        id,
                        TicketMove.REVIEW,
                        new MoveCommand(null, null, null, null, null, true, null, null, null, null),
                        flows.user("dispatch"));
        return id;
    }
}
