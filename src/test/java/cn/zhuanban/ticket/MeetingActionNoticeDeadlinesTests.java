package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The department's assignment notice names the deadlines its ticket has: a meeting's action recorded after the
 * meeting and dated back to it (the demo's last week) counts its sign and first-feedback deadlines from the meeting
 * day, and the notice said the ones counted from the day it was recorded.
 */
@IntegrationTest
class MeetingActionNoticeDeadlinesTests {

    @Autowired
    MeetingTickets meetings;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anActionDatedBackToItsMeetingIsNoticedWithTheDeadlinesItsPageShows() {
        LocalDate today = LocalDate.now(clock);
        LocalDate heldOn = calendar.administrative().addWorkingDays(today, -5);
        LocalDate decided = calendar.administrative().addWorkingDays(today, 10);
        long project = data.project("GD");
        long id = tx.execute(status -> {
            long ticket = meetings.openAction(
                    project,
                    TicketCategory.POWER,
                    "会议议定：协调临时用电",
                    "专班例会议定",
                    data.department("GD"),
                    decided,
                    flows.user("dispatch"));
            meetings.assignedAtMeeting(ticket, heldOn);
            return ticket;
        });
        TicketView t = flows.view(id);
        assertThat(t.signBy()).isBefore(today);
        long handler = flows.user("handler-power").id();

        await().atMost(Duration.ofSeconds(10)).until(() -> !args(handler, id).isEmpty());

        assertThat(args(handler, id))
                .singleElement()
                .asString()
                .contains(t.signBy().toString(), t.feedbackBy().toString(), decided.toString());
    }

    private List<String> args(long user, long ticket) {
        return jdbc.sql("select args from notification_inbox where user_id = :u and link = :link"
                        + " and message_key = 'notification.ticket.assigned-with-deadlines'")
                .param("u", user)
                .param("link", "/tickets/" + ticket)
                .query(String.class)
                .list();
    }
}
