package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A leader's instruction and a meeting's action are reported and assigned in one go: the department hears of the
 * assignment, and the dispatch office hears nothing of a "new ticket" it has no decision to take on. An ordinary
 * report still reaches the office.
 */
@IntegrationTest
class AssignedAtOnceNoticeTests {

    @Autowired
    LeaderInstructions instructions;

    @Autowired
    MeetingTickets meetings;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Test
    void theOfficeIsNotToldOfAnInstructionOrAMeetingActionAsANewTicketButOfAReportItIs() {
        long project = data.project("GD");
        LocalDate due = calendar.administrative().addWorkingDays(LocalDate.now(clock), 5);
        long instructed = instructions.open(
                new InstructionCommand(
                        project,
                        TicketCategory.POWER,
                        "施工用电迟迟未接入",
                        "请供电公司拿出接电方案",
                        data.department("GD"),
                        null,
                        null,
                        TicketSeverity.COMPLEX),
                flows.user("leader"));
        long action = meetings.openAction(
                project, TicketCategory.POWER, "会议议定：协调临时用电", "专班例会议定", data.department("GD"), due, flows.user("lead"));
        long reported = flows.management()
                .report(
                        new ReportCommand(project, TicketCategory.POWER, "施工用电接入", "需要临时用电", TicketSeverity.NORMAL),
                        java.util.List.of(),
                        flows.user("lead"));
        long dispatch = data.user("dispatch");
        long power = data.user("handler-power");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> TicketInbox.notices(jdbc, dispatch, "notification.ticket.reported", reported) == 1
                        && TicketInbox.notices(jdbc, power, "notification.ticket.assigned-with-deadlines", instructed)
                                == 1
                        && TicketInbox.notices(jdbc, power, "notification.ticket.assigned-with-deadlines", action)
                                == 1);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TicketInbox.notices(jdbc, dispatch, "notification.ticket.reported", instructed)
                                + TicketInbox.notices(jdbc, dispatch, "notification.ticket.reported", action)
                        == 0);
    }

    @Test
    void aMeetingsActionIsStoredWithTheMeetingSourceAndListedAsSuch() {
        LocalDate due = calendar.administrative().addWorkingDays(LocalDate.now(clock), 5);
        long action = meetings.openAction(
                data.project("GD"),
                TicketCategory.POWER,
                "会议议定：协调临时用电",
                "专班例会议定",
                data.department("GD"),
                due,
                flows.user("lead"));

        assertThat(jdbc.sql("select source from ticket where id = :id")
                        .param("id", action)
                        .query(String.class)
                        .single())
                .isEqualTo("MEETING");
        assertThat(TicketSource.of("MEETING")).isEqualTo(TicketSource.MEETING);
        assertThat(TicketSource.MEETING.assignedAtOnce()).isTrue();
        assertThat(TicketSource.REPORT.assignedAtOnce()).isFalse();
    }
}
