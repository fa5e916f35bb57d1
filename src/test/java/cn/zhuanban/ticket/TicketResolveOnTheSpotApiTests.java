package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
 * The contract's {@code resolve} on a REPORTED ticket is the dispatch office's resolving it on the spot (domain.md §3),
 * with the contract's body (outcome and explanation); {@code resolve-on-the-spot} stays as an alias, and whoever may not
 * resolve on the spot is still forbidden.
 */
@IntegrationTest
class TicketResolveOnTheSpotApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketTestData data;

    @Autowired
    TicketFlows flows;

    @Test
    void theOfficeResolvesAReportedTicketOnTheSpotByTheContractsResolve() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = flows.reported(data.project("GD"));

        act(dispatch, id, "resolve", "{\"outcome\": \"PARTLY_SOLVED\", \"reason\": \"已现场协调临时用电\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RESOLVED"));

        mvc.perform(get("/api/v1/tickets/" + id).session(dispatch))
                .andExpect(jsonPath("$.state").value("RESOLVED"))
                .andExpect(jsonPath("$.outcome").value("PARTLY_SOLVED"))
                .andExpect(jsonPath("$.history[1].action").value("ticket.resolved-on-the-spot"))
                .andExpect(jsonPath("$.history[1].result").value("PARTLY_SOLVED"))
                .andExpect(jsonPath("$.history[1].detail").value("已现场协调临时用电"));
    }

    @Test
    void aTicketResolvedOnTheSpotAndPassedShowsItsRatingDeadlineAndThatNoAnswerClosesIt() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = flows.reported(data.project("GD"));
        act(dispatch, id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已现场协调临时用电\"}")
                .andExpect(status().isOk());
        act(dispatch, id, "review", "{\"passed\": true}")
                .andExpect(jsonPath("$.state").value("AWAITING_FEEDBACK"));
        String ratingBy = flows.view(id).ratingBy().toString();

        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id))
                .contains("id=\"ticket-rating-by\"", "评价时限", ratingBy, "到期未评价的，自动按“未评价”销号");
    }

    @Test
    void resolvingOnTheSpotStillTakesAnExplanation() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = flows.reported(data.project("GD"));

        act(dispatch, id, "resolve", "{\"outcome\": \"SOLVED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
    }

    @Test
    void theOldNameResolveOnTheSpotStillWorksAndCountsAsSolved() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = flows.reported(data.project("GD"));

        act(dispatch, id, "resolve-on-the-spot", "{\"reason\": \"已当场答复\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RESOLVED"));

        mvc.perform(get("/api/v1/tickets/" + id).session(dispatch))
                .andExpect(jsonPath("$.outcome").value("SOLVED"))
                .andExpect(jsonPath("$.history[1].action").value("ticket.resolved-on-the-spot"));
    }

    @Test
    void whoeverMayNotResolveOnTheSpotIsForbiddenToResolveAReportedTicket() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        MockHttpSession lead = WebTestSupport.login(mvc, "lead");
        long id = flows.reported(data.project("GD"));

        act(lead, id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已解决\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tickets/" + id).session(dispatch))
                .andExpect(jsonPath("$.state").value("REPORTED"));
    }

    @Test
    void resolveOnAnAssignedTicketIsStillTheLeadDepartmentsMove() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = flows.assignedToPower();

        act(dispatch, id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已解决\"}")
                .andExpect(status().isForbidden());
    }

    private ResultActions act(MockHttpSession session, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/tickets/" + id + "/" + action)
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
