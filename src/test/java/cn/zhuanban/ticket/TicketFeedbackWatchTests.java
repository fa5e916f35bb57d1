package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first-feedback deadline's badge says how it was met, as the sign deadline's does: in time (已完成), or late by so
 * many working days (逾期完成) when the department's first note came after it.
 */
@IntegrationTest
class TicketFeedbackWatchTests {

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
    void aFirstFeedbackInTimeShowsItsDeadlineDone() throws Exception {
        long id = flows.signedByPower();

        note(id);

        assertThat(feedbackBadge(id)).contains("已完成").doesNotContain("逾期");
    }

    @Test
    void aFirstFeedbackAfterItsDeadlineSaysByHowManyWorkingDays() throws Exception {
        long id = flows.signedByPower();
        LocalDate today = LocalDate.now(clock);
        LocalDate feedbackBy = calendar.administrative().addWorkingDays(today, -3);
        jdbc.sql("update ticket set feedback_by = :d where id = :id")
                .param("d", feedbackBy)
                .param("id", id)
                .update();

        note(id);

        assertThat(feedbackBadge(id))
                .contains("逾期完成（超" + calendar.administrative().workingDaysBetween(feedbackBy, today) + "个工作日）")
                .doesNotContain("已完成");
    }

    private void note(long id) {
        flows.management().act(id, TicketMove.NOTE, MoveCommand.withReason("已进场施工"), flows.user("handler-power"));
    }

    private String feedbackBadge(long id) throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id);
        int dd = page.indexOf("id=\"ticket-deadline-feedback\"");
        assertThat(dd).isPositive();
        return page.substring(dd, page.indexOf("</dd>", dd));
    }
}
