package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every step's event tells where its ticket came from, taken from the ticket as the step was recorded: the reported
 * step of a meeting's action already says MEETING (the source is stored with the ticket's first save), and so does
 * each later step, also after the ticket was saved and read back.
 */
@IntegrationTest
@RecordApplicationEvents
class TicketStepSourceTests {

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aMeetingActionsStepsAllSayMeeting() {
        long id = flows.management()
                .report(
                        new ReportCommand(
                                data.project("GD"), TicketCategory.POWER, "会议交办事项", "按会议决定办理", TicketSeverity.NORMAL),
                        List.of(),
                        flows.user("dispatch"),
                        TicketSource.MEETING);
        flows.management()
                .act(id, TicketMove.ASSIGN, MoveCommand.assignTo(data.department("GD")), flows.user("dispatch"));
        flows.management().act(id, TicketMove.SIGN, MoveCommand.empty(), flows.user("handler-power"));

        assertThat(steps(id))
                .extracting(TicketStepRecorded::action)
                .containsExactly("ticket.reported", "ticket.assigned", "ticket.signed");
        assertThat(steps(id)).extracting(TicketStepRecorded::source).containsOnly(TicketSource.MEETING);
        assertThat(jdbc.sql("select source from ticket where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("MEETING");
    }

    @Test
    void aReportedTicketsStepsSayReport() {
        long id = flows.signedByPower();

        assertThat(steps(id)).hasSize(3).extracting(TicketStepRecorded::source).containsOnly(TicketSource.REPORT);
    }

    private List<TicketStepRecorded> steps(long id) {
        return events.stream(TicketStepRecorded.class)
                .filter(e -> e.ticketId() == id)
                .toList();
    }
}
