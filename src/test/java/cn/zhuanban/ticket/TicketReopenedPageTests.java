package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A ticket rated dissatisfied is worked on again: its page keeps the approved extension's date as the resolve
 * deadline when that is later than a fresh count, says how the deadlines were counted, and no longer shows the rating
 * deadline of the round that is over; the timeline names an extension decision in words, without a stray "+".
 */
@IntegrationTest
class TicketReopenedPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aReopenedTicketKeepsItsApprovedExtensionAndDropsTheOldRatingDeadline() throws Exception {
        WorkingCalendar cal = calendar.administrative();
        LocalDate today = LocalDate.now(clock);
        long id = flows.signedByPower();
        LocalDate approved = cal.addWorkingDays(today, 25);
        act(id, TicketMove.REQUEST_EXTENSION, "handler-power", "等待设备到货", approved, null, null, null);
        act(id, TicketMove.DECIDE_EXTENSION, "dispatch", null, null, true, null, null);
        flows.resolveByPower(id);
        act(id, TicketMove.REVIEW, "dispatch", null, null, null, true, null);
        assertThat(flows.view(id).ratingBy()).isNotNull();

        act(id, TicketMove.FEEDBACK, "dispatch", "仍未通电", null, null, null, TicketRating.DISSATISFIED);

        TicketView view = flows.view(id);
        assertThat(view.state()).isEqualTo(TicketState.IN_PROGRESS);
        assertThat(view.resolveBy()).isEqualTo(approved);
        assertThat(view.feedbackBy()).isEqualTo(cal.addWorkingDays(today, 3));
        assertThat(view.ratingBy()).isNull();
        String page = WebTestSupport.page(mvc, "handler-power", "/tickets/" + id);
        assertThat(deadlines(page))
                .contains("id=\"ticket-reopened-hint\"", "已于 " + today + " 重新办理", approved.toString())
                .doesNotContain("评价时限");
    }

    @Test
    void aRatingDeadlineLeftOnAReopenedTicketIsNotShownWhileItIsWorkedOn() throws Exception {
        long id = flows.signedByPower();
        // a ticket reopened before reopenings dropped the rating deadline still holds one
        jdbc.sql("update ticket set rating_by = :day where id = :id")
                .param("day", LocalDate.now(clock))
                .param("id", id)
                .update();

        assertThat(deadlines(WebTestSupport.page(mvc, "handler-power", "/tickets/" + id)))
                .doesNotContain("评价时限");
    }

    @Test
    void anExtensionDecisionReadsInWordsOnTheTimelineWithoutAPlusOrMinus() throws Exception {
        WorkingCalendar cal = calendar.administrative();
        long id = flows.signedByPower();
        LocalDate asked = cal.addWorkingDays(flows.view(id).resolveBy(), 5);
        act(id, TicketMove.REQUEST_EXTENSION, "handler-power", "等待设备到货", asked, null, null, null);
        act(id, TicketMove.DECIDE_EXTENSION, "dispatch", "同意", null, true, null, null);

        String timeline = timeline(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id));
        assertThat(timeline).contains("同意延期", asked + " 同意").doesNotContain("+ " + asked, "APPROVED");
    }

    @Test
    void decisionsWrittenWithAPlusOrMinusReadInWordsOnceMigrated() throws Exception {
        long id = flows.signedByPower();
        old(id, 90, "+ 2026-12-18 同意");
        old(id, 91, "- 2026-12-25");

        migrateExtensionDecisions();

        String timeline = timeline(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id));
        assertThat(timeline)
                .contains("同意延期", "2026-12-18 同意", "不同意延期", "2026-12-25")
                .doesNotContain("+ 2026-12-18", "- 2026-12-25");
    }

    private void act(
            long id,
            TicketMove move,
            String user,
            String reason,
            LocalDate date,
            Boolean approved,
            Boolean passed,
            TicketRating rating) {
        flows.management()
                .act(
                        id,
                        move,
                        new MoveCommand(null, null, reason, date, approved, passed, null, rating, null, null),
                        flows.user(user));
    }

    private void old(long id, int step, String detail) {
        jdbc.sql("""
                        insert into ticket_step (ticket_id, step, action, actor_id, actor_name, from_state, to_state, detail, at)
                        values (:id, :step, 'ticket.extension-decided', null, '赵敏', 'IN_PROGRESS', 'IN_PROGRESS', :detail,
                                current_timestamp)""")
                .param("id", id)
                .param("step", step)
                .param("detail", detail)
                .update();
    }

    /** Runs the migration's updates again, as they ran on the rows a database held when it came. */
    private void migrateExtensionDecisions() throws IOException {
        String sql = new ClassPathResource("db/migration/V140__ticket_extension_decision_result.sql")
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?m)^--.*$", "");
        Arrays.stream(sql.split(";"))
                .map(String::strip)
                .filter(s -> s.startsWith("update"))
                .forEach(s -> jdbc.sql(s).update());
    }

    /** The deadlines card of the ticket page. */
    private static String deadlines(String page) {
        int card = page.indexOf("id=\"ticket-countdown\"");
        assertThat(card).as("the deadlines card").isNotNegative();
        return page.substring(card, page.indexOf("id=\"ticket-timeline\"", card));
    }

    private static String timeline(String page) {
        Matcher m = Pattern.compile("id=\"ticket-timeline\".*?</ul>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).isTrue();
        return m.group();
    }
}
