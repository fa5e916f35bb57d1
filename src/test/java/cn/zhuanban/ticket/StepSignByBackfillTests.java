package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign deadline a step set (V193): steps recorded before it was kept get, once migrated, today's where today's is
 * theirs (the last setting of the ticket's deadlines), and none where a later setting replaced it; an action's
 * assignment dated back to its meeting keeps the sign deadline counted from that day.
 */
@IntegrationTest
class StepSignByBackfillTests {

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
    void theLastSettingOfTheDeadlinesGetsTodaysSignDeadlineAndAnEarlierOneNone() throws IOException {
        long once = flows.assignedToPower();
        long reassigned = flows.assignedToPower();
        jdbc.sql("""
                        insert into ticket_step (ticket_id, step, action, actor_name, from_state, to_state, at)
                        values (:id, 99, 'ticket.reassigned', '调度', 'RETURN_REQUESTED', 'ASSIGNED', current_timestamp)""").param("id", reassigned).update();
        jdbc.sql("update ticket_step set sign_by = null where ticket_id in (:ids)")
                .param("ids", List.of(once, reassigned))
                .update();

        migrate();

        assertThat(stepSignBy(once, "ticket.assigned")).isEqualTo(signBy(once)).isNotNull();
        assertThat(stepSignBy(reassigned, "ticket.assigned")).isNull();
        assertThat(stepSignBy(reassigned, "ticket.reassigned")).isEqualTo(signBy(reassigned));
    }

    @Test
    void anActionAssignedAtItsMeetingKeepsTheSignDeadlineCountedFromThatDay() {
        LocalDate today = LocalDate.now(clock);
        long action = meetings.openAction(
                data.project("GD"),
                TicketCategory.POWER,
                "会议议定：协调临时用电",
                "专班例会议定",
                data.department("GD"),
                calendar.administrative().addWorkingDays(today, 10),
                flows.user("dispatch"));

        meetings.assignedAtMeeting(action, today.minusDays(14));

        assertThat(signBy(action)).isBefore(today);
        assertThat(stepSignBy(action, "ticket.assigned")).isEqualTo(signBy(action));
    }

    private LocalDate stepSignBy(long ticket, String action) {
        return jdbc.sql("select sign_by from ticket_step where ticket_id = :id and action = :action")
                .param("id", ticket)
                .param("action", action)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list()
                .getFirst();
    }

    private LocalDate signBy(long ticket) {
        return jdbc.sql("select sign_by from ticket where id = :id")
                .param("id", ticket)
                .query(LocalDate.class)
                .single();
    }

    private void migrate() throws IOException {
        String sql = new ClassPathResource("db/migration/V193__ticket_step_sign_by.sql")
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?m)^--.*$", "");
        Arrays.stream(sql.split(";"))
                .map(String::strip)
                .filter(s -> s.startsWith("update"))
                .forEach(s -> jdbc.sql(s).update());
    }
}
