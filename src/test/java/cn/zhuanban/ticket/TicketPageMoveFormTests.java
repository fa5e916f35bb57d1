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
import org.springframework.test.web.servlet.ResultActions;

/**
 * The move forms of the ticket page: a move is checked for the ticket's scope (404) and whose move it is (403) before
 * the form is bound, as over the API, so a badly typed field tells a user who may not act nothing; and the resolve
 * form has no outcome chosen in advance: the department picks one, and a form sent back keeps it.
 */
@IntegrationTest
class TicketPageMoveFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Test
    void aPageMoveIsRefusedForScopeAndActorBeforeTheFormIsBound() throws Exception {
        long id = flows.signedByPower();

        resolve(WebTestSupport.login(mvc, "enterprise2"), id, "BOGUS", "x").andExpect(status().isNotFound());
        resolve(WebTestSupport.login(mvc, "enterprise2"), 999_999_999, "BOGUS", "x")
                .andExpect(status().isNotFound());
        resolve(WebTestSupport.login(mvc, "dispatch"), id, "BOGUS", "x").andExpect(status().isForbidden());
        resolve(WebTestSupport.login(mvc, "dispatch"), id, "SOLVED", "已接电").andExpect(status().isForbidden());
        // the department whose move it is gets as far as the form: a badly typed outcome is its input error
        resolve(WebTestSupport.login(mvc, "handler-power"), id, "BOGUS", "x").andExpect(status().isBadRequest());
        assertThat(flows.view(id).state()).isEqualTo(TicketState.IN_PROGRESS);
    }

    @Test
    void theResolveFormAsksForAnOutcomeAndKeepsTheOneChosen() throws Exception {
        long id = flows.signedByPower();
        String page = WebTestSupport.page(mvc, "handler-power", "/tickets/" + id);
        assertThat(page)
                .as("no outcome chosen in advance: one tap must not submit 已解决")
                .containsPattern("id=\"resolve-outcome\"[^>]*>\\s*<option value=\"\">请选择</option>")
                .doesNotContainPattern("<option value=\"(SOLVED|PARTLY_SOLVED|NOT_SOLVABLE)\" selected");

        String missing = resolve(WebTestSupport.login(mvc, "handler-power"), id, "", "已接电")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(missing)
                .containsPattern("id=\"resolve-outcome\"[^>]*is-invalid|is-invalid[^>]*id=\"resolve-outcome\"")
                .containsPattern("id=\"resolve-outcome-refusal\"[^>]*>[^<]*请选择办理结果。</div>")
                .contains("已接电");
        assertThat(flows.view(id).state()).isEqualTo(TicketState.IN_PROGRESS);

        String noReason = resolve(WebTestSupport.login(mvc, "handler-power"), id, "PARTLY_SOLVED", "")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noReason).as("the outcome chosen comes back").contains("<option value=\"PARTLY_SOLVED\" selected");

        resolve(WebTestSupport.login(mvc, "handler-power"), id, "PARTLY_SOLVED", "部分接电")
                .andExpect(status().is3xxRedirection());
        assertThat(flows.view(id).outcome()).isEqualTo(TicketOutcome.PARTLY_SOLVED);
    }

    private ResultActions resolve(MockHttpSession session, long id, String outcome, String reason) throws Exception {
        return mvc.perform(post("/tickets/" + id + "/moves/resolve")
                .session(session)
                .with(csrf())
                .param(
                        "version",
                        id == 999_999_999
                                ? "0"
                                : Integer.toString(flows.view(id).version()))
                .param("outcome", outcome)
                .param("reason", reason));
    }
}
