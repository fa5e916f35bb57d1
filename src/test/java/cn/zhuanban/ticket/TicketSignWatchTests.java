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
 * The sign deadline's badge says how it was met once the department answered: in time (已完成), late by so many
 * working days, or not at all because the department asked to return the ticket.
 */
@IntegrationTest
class TicketSignWatchTests {

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
    void aTicketSignedInTimeShowsItsSignDeadlineDone() throws Exception {
        long id = flows.signedByPower();

        assertThat(signBadge(id)).contains("已完成");
    }

    @Test
    void aTicketSignedAfterItsDeadlineSaysByHowManyWorkingDays() throws Exception {
        long id = flows.assignedToPower();
        LocalDate today = LocalDate.now(clock);
        LocalDate signBy = calendar.administrative().addWorkingDays(today, -3);
        jdbc.sql("update ticket set sign_by = :d where id = :id")
                .param("d", signBy)
                .param("id", id)
                .update();

        flows.management().act(id, TicketMove.SIGN, MoveCommand.empty(), flows.user("handler-power"));

        assertThat(signBadge(id))
                .contains("逾期签收（超" + calendar.administrative().workingDaysBetween(signBy, today) + "个工作日）")
                .doesNotContain("已完成");
    }

    @Test
    void aTicketAskedBackUnsignedSaysSoNotDone() throws Exception {
        long id = flows.assignedToPower();

        flows.management()
                .act(id, TicketMove.REQUEST_RETURN, MoveCommand.withReason("不属于本部门职责"), flows.user("handler-power"));

        assertThat(signBadge(id)).contains("申请退回，未签收").doesNotContain("已完成");
    }

    private String signBadge(long id) throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id);
        int dd = page.indexOf("id=\"ticket-deadline-sign\"");
        assertThat(dd).isPositive();
        return page.substring(dd, page.indexOf("</dd>", dd));
    }
}
