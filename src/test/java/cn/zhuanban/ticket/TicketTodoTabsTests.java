package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What waits for whom shows on the workbench and as a tab of the ticket list, counted in the database: a ticket
 * reopened after 不满意 for its department, extension and return requests for the dispatch office. An enterprise
 * contact's list has his own tabs only, no department filter and no link to the internal time limits, which he may
 * not open.
 */
@IntegrationTest
class TicketTodoTabsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aTicketReopenedAfterDissatisfactionWaitsOnTheHandlersWorkbenchAndTab() throws Exception {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        flows.management().act(id, TicketMove.REVIEW, MoveCommand.empty(), flows.user("dispatch"));
        flows.management()
                .act(
                        id,
                        TicketMove.FEEDBACK,
                        new MoveCommand(
                                null, null, "没有解决", null, null, null, null, TicketRating.DISSATISFIED, null, null),
                        flows.user("dispatch"));
        assertThat(flows.view(id).state()).isEqualTo(TicketState.IN_PROGRESS);

        String workbench = WebTestSupport.page(mvc, "handler-power", "/");
        long inProgress = jdbc.sql("select count(*) from ticket where state = 'IN_PROGRESS' and department_id = :d")
                .param("d", data.department("GD"))
                .query(Long.class)
                .single();
        assertThat(cardCount(workbench, "TO_HANDLE")).isEqualTo(inProgress);
        assertThat(card(workbench, "TO_HANDLE")).contains("href=\"/tickets/" + id + "\"");

        String list = WebTestSupport.page(mvc, "handler-power", "/tickets?todo=TO_HANDLE");
        assertThat(tabCount(list, "TO_HANDLE")).isEqualTo(inProgress);
        assertThat(list).contains("href=\"/tickets/" + id + "\"");
    }

    @Test
    void extensionAndReturnRequestsWaitOnTheDispatchWorkbenchAndTabsNotAmongTheResolutionsToReview() throws Exception {
        long extension = flows.signedByPower();
        LocalDate asked = flows.view(extension).resolveBy().plusDays(14);
        flows.management()
                .act(
                        extension,
                        TicketMove.REQUEST_EXTENSION,
                        new MoveCommand(null, null, "设备未到", asked, null, null, null, null, null, null),
                        flows.user("handler-power"));
        long returned = flows.assignedToPower();
        flows.management()
                .act(
                        returned,
                        TicketMove.REQUEST_RETURN,
                        MoveCommand.withReason("不属本部门职责"),
                        flows.user("handler-power"));

        String workbench = WebTestSupport.page(mvc, "dispatch", "/");
        long extensions = count("extension_until is not null and state not in ('CLOSED', 'MERGED', 'REJECTED')");
        long returns = count("state = 'RETURN_REQUESTED'");
        assertThat(cardCount(workbench, "TO_DECIDE_EXTENSION")).isEqualTo(extensions);
        assertThat(card(workbench, "TO_DECIDE_EXTENSION")).contains("href=\"/tickets/" + extension + "\"");
        assertThat(cardCount(workbench, "TO_DECIDE_RETURN")).isEqualTo(returns);
        assertThat(card(workbench, "TO_DECIDE_RETURN")).contains("href=\"/tickets/" + returned + "\"");

        String tab = WebTestSupport.page(mvc, "dispatch", "/tickets?todo=TO_DECIDE_EXTENSION");
        assertThat(tabCount(tab, "TO_DECIDE_EXTENSION")).isEqualTo(extensions);
        assertThat(tabCount(tab, "TO_DECIDE_RETURN")).isEqualTo(returns);
        assertThat(tabCount(tab, "TO_REVIEW")).isEqualTo(count("state = 'RESOLVED'"));
        assertThat(tab)
                .contains("href=\"/tickets/" + extension + "\"")
                .doesNotContain("href=\"/tickets/" + returned + "\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets?todo=TO_REVIEW"))
                .doesNotContain("href=\"/tickets/" + extension + "\"")
                .doesNotContain("href=\"/tickets/" + returned + "\"");
    }

    @Test
    void anEnterpriseContactsListHasNoStaffTabsNoDepartmentFilterAndNoTimeLimits() throws Exception {
        String page = WebTestSupport.page(mvc, "enterprise", "/tickets");

        assertThat(page).contains("id=\"todo-TO_RATE\"");
        for (TicketTodo staffOnly : TicketTodo.values()) {
            if (staffOnly != TicketTodo.TO_RATE) {
                assertThat(page).as(staffOnly.name()).doesNotContain("id=\"todo-" + staffOnly + "\"");
            }
        }
        assertThat(page).doesNotContain("name=\"departmentId\"").doesNotContain("href=\"/tickets/sla\"");
        mvc.perform(get("/tickets/sla").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tickets/sla/export").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffKeepEveryTabTheDepartmentFilterAndTheTimeLimits() throws Exception {
        String page = WebTestSupport.page(mvc, "supervisor", "/tickets");

        for (TicketTodo todo : TicketTodo.values()) {
            assertThat(page).as(todo.name()).contains("id=\"todo-" + todo + "\"");
        }
        assertThat(page).contains("name=\"departmentId\"").contains("href=\"/tickets/sla\"");
        assertThat(WebTestSupport.page(mvc, "handler", "/tickets/sla")).contains("sla-read");
    }

    private long count(String condition) {
        return jdbc.sql("select count(*) from ticket where " + condition)
                .query(Long.class)
                .single();
    }

    /** The workbench card of a to-do list, from its count to the end of its rows. */
    private static String card(String workbench, String todo) {
        int start = workbench.indexOf("href=\"/tickets?todo=" + todo + "\"");
        assertThat(start).as("card " + todo).isNotNegative();
        String card = workbench.substring(start);
        return card.substring(0, card.indexOf("</ul>"));
    }

    private static long cardCount(String workbench, String todo) {
        return number(card(workbench, todo), "^href=\"/tickets\\?todo=" + todo + "\">(\\d+)<");
    }

    private static long tabCount(String list, String todo) {
        int start = list.indexOf("id=\"todo-" + todo + "\"");
        assertThat(start).as("tab " + todo).isNotNegative();
        return number(list.substring(start), "(?s)class=\"badge[^\"]*\">(\\d+)<");
    }

    private static long number(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return Long.parseLong(m.group(1));
    }
}
