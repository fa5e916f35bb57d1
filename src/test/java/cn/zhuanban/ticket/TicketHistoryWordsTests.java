package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The answer of a resolution or a rating is shown on the timeline in the reader's words (已解决, 满意), never as its
 * code; the API carries the code in a field of its own beside the explanation, and steps written before the code
 * had its own column read the same once migrated.
 */
@IntegrationTest
class TicketHistoryWordsTests {

    private static final String STEP_INSERT = """
            insert into ticket_step (ticket_id, step, action, actor_id, actor_name, from_state, to_state, detail, at)
            values (:id, :step, :action, null, '吴强', :from, :to, :detail, current_timestamp)""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TicketTestData data;

    @Test
    void aResolvedAndRatedTicketShowsTheOutcomeAndTheRatingInWordsOnItsPageAndSheet() throws Exception {
        long id = closedAsSatisfied("变压器已送电");

        for (String path : new String[] {"/tickets/" + id, "/tickets/" + id + "/print"}) {
            String timeline = timeline(WebTestSupport.page(mvc, "dispatch", path));
            assertThat(timeline).as(path).contains("已解决", "已接电", "满意", "变压器已送电");
            assertThat(timeline).as(path).doesNotContain("SOLVED", "SATISFIED");
        }
    }

    @Test
    void theApiKeepsTheAnswerCodeApartFromTheExplanation() throws Exception {
        long id = closedAsSatisfied(null);

        mvc.perform(get("/api/v1/tickets/" + id).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(jsonPath("$.history[3].action").value("ticket.resolved"))
                .andExpect(jsonPath("$.history[3].result").value("SOLVED"))
                .andExpect(jsonPath("$.history[3].detail").value("已接电"))
                .andExpect(jsonPath("$.history[5].action").value("ticket.rated"))
                .andExpect(jsonPath("$.history[5].result").value("SATISFIED"))
                .andExpect(jsonPath("$.history[5].detail").doesNotExist());
    }

    @Test
    void stepsWrittenWithTheCodeInTheirTextReadInWordsOnceMigrated() throws Exception {
        long id = flows.reported(data.project("GD"));
        old(id, 2, "ticket.resolved", "IN_PROGRESS", "RESOLVED", "PARTLY_SOLVED 已完成变压器安装并送电。");
        old(id, 3, "ticket.rated", "AWAITING_FEEDBACK", "CLOSED", "BASICALLY_SATISFIED");
        old(id, 4, "ticket.rated", "AWAITING_FEEDBACK", "CLOSED", "DISSATISFIED 仍未通电");
        old(id, 5, "ticket.noted", "IN_PROGRESS", "IN_PROGRESS", "SOLVED 是备注里的原话");

        migrateStepResults();

        String timeline = timeline(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id));
        assertThat(timeline)
                .contains("部分解决", "已完成变压器安装并送电。", "基本满意", "不满意", "仍未通电", "SOLVED 是备注里的原话")
                .doesNotContain("PARTLY_SOLVED", "BASICALLY_SATISFIED", "DISSATISFIED");
        assertThat(jdbc.sql("select detail from ticket_step where ticket_id = :id and step = 3")
                        .param("id", id)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    private long closedAsSatisfied(String comment) {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        TicketManagement tickets = flows.management();
        tickets.act(id, TicketMove.REVIEW, MoveCommand.review(true), flows.user("dispatch"));
        tickets.act(id, TicketMove.FEEDBACK, MoveCommand.rate(TicketRating.SATISFIED, comment), flows.user("dispatch"));
        return id;
    }

    private void old(long id, int step, String action, String from, String to, String detail) {
        jdbc.sql(STEP_INSERT)
                .param("id", id)
                .param("step", step)
                .param("action", action)
                .param("from", from)
                .param("to", to)
                .param("detail", detail)
                .update();
    }

    /** Runs the data part of the migration again, as it ran on the rows a database held when it came. */
    private void migrateStepResults() throws IOException {
        String sql = new ClassPathResource("db/migration/V104__ticket_step_result.sql")
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?m)^--.*$", "");
        Arrays.stream(sql.split(";"))
                .map(String::strip)
                .filter(s -> s.startsWith("update"))
                .forEach(s -> jdbc.sql(s).update());
    }

    /** The timeline of the ticket page or the steps table of the sheet. */
    private static String timeline(String page) {
        int list = page.indexOf("id=\"ticket-timeline\"");
        if (list >= 0) {
            return page.substring(list, page.indexOf("</ul>", list));
        }
        int table = page.indexOf("id=\"ticket-sheet-steps\"");
        return page.substring(table, page.indexOf("</table>", table));
    }
}
