package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On a phone the ticket list is a column of cards to tap, each with its state, department and deadline. Each row, and
 * each row of the workbench's to-do cards, counts down the deadline the department is to meet next and names it: a
 * ticket waiting to be signed counts its sign deadline, one being handled its first feedback, then its resolution.
 */
@IntegrationTest
class TicketListPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Test
    void aSearchThatMatchesNothingSaysSoAndOffersToClearTheFilters() throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", "/tickets?q=无此问题" + System.nanoTime() + "&card=RED");
        String cards = page.substring(page.indexOf("id=\"ticket-cards\""), page.indexOf("id=\"ticket-table\""));
        String table = page.substring(page.indexOf("id=\"ticket-table\""));

        for (String rows : List.of(cards, table)) {
            assertThat(rows)
                    .contains("没有符合筛选条件的问题")
                    .containsPattern("<a class=\"ms-1 list-clear-filters\" href=\"/tickets\">清除筛选</a>")
                    .doesNotContain("暂无数据");
        }
    }

    @Test
    void eachTicketOfThePageIsAlsoACardForPhones() throws Exception {
        long id = flows.assignedToPower();
        TicketView ticket = flows.view(id);

        String page = WebTestSupport.page(mvc, "dispatch", "/tickets?q=" + ticket.title());
        String cards = page.substring(page.indexOf("id=\"ticket-cards\""), page.indexOf("id=\"ticket-table\""));

        assertThat(cards)
                .contains("href=\"/tickets/" + id + "\"", "#" + id + " · " + ticket.projectName())
                .contains("已交办", ticket.departmentName(), "办结时限 " + ticket.resolveBy());
    }

    @Test
    void aRowsBadgeNamesTheDeadlineItCountsOnThePcTableAndThePhoneCards() throws Exception {
        long waiting = flows.assignedToPower();
        long signed = flows.signedByPower();
        long answered = flows.signedByPower();
        flows.noteByPower(answered);

        String page = WebTestSupport.page(
                mvc, "dispatch", "/tickets?q=" + flows.view(waiting).title());

        String toSign = countdown("签收", flows.view(waiting).signBy());
        assertThat(tableRow(page, waiting)).contains(toSign).doesNotContain("办结：");
        assertThat(phoneCard(page, waiting)).contains(toSign).doesNotContain("办结：");
        String toAnswer = countdown("首次反馈", flows.view(signed).feedbackBy());
        assertThat(tableRow(page, signed)).contains(toAnswer).doesNotContain("签收：");
        assertThat(phoneCard(page, signed)).contains(toAnswer);
        String toResolve = countdown("办结", flows.view(answered).resolveBy());
        assertThat(tableRow(page, answered)).contains(toResolve).doesNotContain("首次反馈：");
        assertThat(phoneCard(page, answered)).contains(toResolve);
    }

    @Test
    void theWorkbenchsToDoRowsNameTheDeadlineTheyCount() throws Exception {
        long waiting = flows.assignedToPower();
        long signed = flows.signedByPower();

        String workbench = WebTestSupport.page(mvc, "handler-power", "/");

        assertThat(workbenchRow(workbench, waiting))
                .contains(countdown("签收", flows.view(waiting).signBy()));
        assertThat(workbenchRow(workbench, signed))
                .contains(countdown("首次反馈", flows.view(signed).feedbackBy()));
    }

    @Test
    void theApiListNamesTheNextDeadlineOfEachTicket() throws Exception {
        long waiting = flows.assignedToPower();
        long signed = flows.signedByPower();

        String json = WebTestSupport.page(
                mvc, "dispatch", "/api/v1/tickets?q=" + flows.view(waiting).title());

        Map<String, Object> toSign = countdownOf(json, waiting);
        assertThat(toSign.keySet()).containsExactlyInAnyOrder("deadline", "due", "workingDaysLeft");
        assertThat(toSign)
                .containsEntry("deadline", "SIGN")
                .containsEntry("due", flows.view(waiting).signBy().toString());
        assertThat(countdownOf(json, signed)).containsEntry("deadline", "FEEDBACK");
        assertThat(JsonPath.<List<Boolean>>read(json, "$.content[?(@.id == " + waiting + ")].resolveDateChosen"))
                .containsExactly(false);
    }

    private static Map<String, Object> countdownOf(String json, long id) {
        List<Map<String, Object>> found = JsonPath.read(json, "$.content[?(@.id == " + id + ")].countdown");
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    /** The badge's words for a deadline still ahead, counted on the calendar as the list counts it. */
    private String countdown(String name, LocalDate due) {
        int left = calendar.workingDaysBetween(LocalDate.now(clock), due);
        return left == 0 ? name + "：今天到期" : name + "：剩 " + left + " 个工作日";
    }

    private static String tableRow(String page, long id) {
        String table = page.substring(page.indexOf("id=\"ticket-table\""));
        String row = table.substring(table.lastIndexOf("<tr>", table.indexOf("href=\"/tickets/" + id + "\"")));
        return row.substring(0, row.indexOf("</tr>"));
    }

    private static String phoneCard(String page, long id) {
        String cards = page.substring(page.indexOf("id=\"ticket-cards\""), page.indexOf("id=\"ticket-table\""));
        String card = cards.substring(cards.indexOf("href=\"/tickets/" + id + "\""));
        return card.substring(0, card.indexOf("</a>"));
    }

    private static String workbenchRow(String page, long id) {
        String row = page.substring(page.indexOf("href=\"/tickets/" + id + "\""));
        return row.substring(0, row.indexOf("</li>"));
    }
}
