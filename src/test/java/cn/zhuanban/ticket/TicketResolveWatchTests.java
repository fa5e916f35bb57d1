package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The resolve deadline's badge says how it was met, as the first-feedback deadline's does: in time (已完成), or late
 * by so many working days (逾期完成（超N个工作日）) when the resolution came after it; the lists say the same of a
 * ticket resolved late, and say nothing of one resolved in time. Fixed dates: the resolution is moved to a week in
 * 2098, its deadline some working days before.
 */
@IntegrationTest
class TicketResolveWatchTests {

    static final LocalDate DUE = LocalDate.of(2098, 6, 2);
    static final LocalDate RESOLVED_ON = LocalDate.of(2098, 6, 9);

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResolutionInTimeShowsItsDeadlineDoneAndNoLateBadgeInTheList() throws Exception {
        long id = flows.signedByPower();
        flows.resolveByPower(id);

        assertThat(resolveBadge(id)).contains("已完成").doesNotContain("逾期");
        assertThat(listRow(id)).doesNotContain("ticket-resolved-late");
    }

    @Test
    void aResolutionAfterItsDeadlineSaysByHowManyWorkingDaysOnThePageTheListsAndTheApi() throws Exception {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        jdbc.sql("update ticket set resolve_by = :due, resolved_on = :on where id = :id")
                .param("due", DUE)
                .param("on", RESOLVED_ON)
                .param("id", id)
                .update();
        int late = Math.max(1, calendar.administrative().workingDaysBetween(DUE, RESOLVED_ON));
        String said = "逾期完成（超" + late + "个工作日）";

        assertThat(resolveBadge(id)).contains(said).doesNotContain("已完成");
        assertThat(listRow(id)).contains("ticket-resolved-late", said);
        String json = WebTestSupport.page(
                mvc, "dispatch", "/api/v1/tickets?q=" + flows.view(id).title());
        assertThat(JsonPath.<List<Integer>>read(
                        json, "$.content[?(@.id == " + id + ")].lateResolution.workingDaysLate"))
                .containsExactly(late);
    }

    @Test
    void aReopenedTicketsEarlierLateResolutionNoLongerShows() throws Exception {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        jdbc.sql("update ticket set state = 'IN_PROGRESS', resolve_by = :due, resolved_on = :on where id = :id")
                .param("due", DUE)
                .param("on", RESOLVED_ON)
                .param("id", id)
                .update();

        assertThat(flows.view(id).deadlineWatches())
                .filteredOn(w -> w.deadline() == TicketDeadline.RESOLVE)
                .singleElement()
                .satisfies(w -> assertThat(w.status()).isNotEqualTo(TicketView.WatchStatus.DONE_LATE));
        assertThat(listRow(id)).doesNotContain("ticket-resolved-late");
    }

    private String resolveBadge(long id) throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id);
        int dd = page.indexOf("id=\"ticket-deadline-resolve\"");
        assertThat(dd).isPositive();
        return page.substring(dd, page.indexOf("</dd>", dd));
    }

    /** The ticket's row of the PC table, found by its title. */
    private String listRow(long id) throws Exception {
        String page = WebTestSupport.page(
                mvc, "dispatch", "/tickets?q=" + flows.view(id).title());
        String table = page.substring(page.indexOf("id=\"ticket-table\""));
        int link = table.indexOf("href=\"/tickets/" + id + "\"");
        assertThat(link).isPositive();
        return table.substring(link, table.indexOf("</tr>", link));
    }
}
