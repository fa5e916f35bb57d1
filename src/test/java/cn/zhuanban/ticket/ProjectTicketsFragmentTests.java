package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project page's ticket card: the open tickets of the project with their red and yellow cards and the overdue
 * ones, the newest five, counted within the user's ticket scope as the ticket list counts them; nothing for a
 * project outside the user's project scope.
 */
@IntegrationTest
class ProjectTicketsFragmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsTheOpenTicketsTheirCardsAndTheOverdueOnesAndNamesTheNewestFive() throws Exception {
        long project = data.project("GD");
        List<Long> reported = List.of(
                flows.reported(project), flows.reported(project), flows.reported(project), flows.reported(project));
        long red = assignedToPower(project);
        long yellow = assignedToPower(project);
        long merged = flows.reported(project);
        flows.management()
                .act(
                        merged,
                        TicketMove.MERGE,
                        MoveCommand.mergeInto(reported.getFirst(), "重复上报"),
                        flows.user("dispatch"));
        card(red, "RED", LocalDate.now().minusDays(3));
        card(yellow, "YELLOW", LocalDate.now().plusDays(1));

        String card = fragment("dispatch", project);

        assertThat(count(card, "project-tickets-open")).isEqualTo(6);
        assertThat(count(card, "project-tickets-red")).isEqualTo(1);
        assertThat(count(card, "project-tickets-yellow")).isEqualTo(1);
        assertThat(count(card, "project-tickets-overdue")).isEqualTo(1);
        assertThat(latest(card)).containsExactly(yellow, red, reported.get(3), reported.get(2), reported.get(1));
        assertThat(card)
                .contains("light light-RED", "light light-YELLOW", "施工用电接入", "已上报", "已交办")
                .contains("href=\"/tickets?projectId=" + project + "\"")
                .contains("href=\"/tickets?projectId=" + project + "&amp;open=true&amp;card=RED\"")
                .contains("href=\"/tickets?projectId=" + project + "&amp;todo=OVERDUE\"")
                .contains("href=\"/tickets/new?projectId=" + project + "\"");
        // The district leader follows tickets but reports none: no report link.
        assertThat(fragment("leader", project)).contains("project-tickets-open").doesNotContain("/tickets/new");

        // The power company's handler counts what his ticket list shows: his department's two, not those
        // reported and not yet assigned.
        String handler = fragment("handler-power", project);
        assertThat(count(handler, "project-tickets-open")).isEqualTo(2);
        assertThat(count(handler, "project-tickets-overdue")).isEqualTo(1);
        assertThat(latest(handler)).containsExactly(yellow, red);
    }

    @Test
    void aProjectWithoutOpenTicketsSaysSo() throws Exception {
        long project = data.project("GD");

        String card = fragment("dispatch", project);

        assertThat(count(card, "project-tickets-open")).isZero();
        assertThat(card).contains("id=\"project-tickets-empty\"", "暂无未办结的问题").doesNotContain("project-ticket\"");
    }

    @Test
    void aProjectOutsideTheScopeGivesNothing() throws Exception {
        long project = data.project("GD");
        long ticket = assignedToPower(project);
        card(ticket, "RED", LocalDate.now().minusDays(1));

        for (String outsider : List.of("handler", "enterprise")) {
            String body = mvc.perform(
                            get("/tickets/fragments/project/" + project).session(WebTestSupport.login(mvc, outsider)))
                    .andExpect(status().isNotFound())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).doesNotContain("施工用电接入", "/tickets/" + ticket);
        }
    }

    @Test
    void theProjectPageLoadsTheCardForWhoMaySeeTickets() throws Exception {
        long project = data.project("GD");

        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/" + project))
                .contains("hx-get=\"/tickets/fragments/project/" + project + "\"");
    }

    private long assignedToPower(long project) {
        long id = flows.reported(project);
        flows.management()
                .act(id, TicketMove.ASSIGN, MoveCommand.assignTo(data.department("GD")), flows.user("dispatch"));
        return id;
    }

    /** Puts a card on a ticket and its resolve deadline on a date, as the escalation job would have. */
    private void card(long id, String card, LocalDate resolveBy) {
        jdbc.sql("update ticket set card = :card, resolve_by = :due where id = :id")
                .param("card", card)
                .param("due", resolveBy)
                .param("id", id)
                .update();
    }

    private String fragment(String username, long project) throws Exception {
        return WebTestSupport.page(mvc, username, "/tickets/fragments/project/" + project);
    }

    private static long count(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*<span[^>]*>(\\d+)</span>")
                .matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<Long> latest(String html) {
        return Pattern.compile("class=\"[^\"]*project-ticket\"[^>]*href=\"/tickets/(\\d+)\"")
                .matcher(html)
                .results()
                .map(m -> Long.parseLong(m.group(1)))
                .toList();
    }
}
