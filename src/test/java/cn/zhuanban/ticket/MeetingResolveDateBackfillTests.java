package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tickets opened from a meeting's decisions before the flag was set for them read, once migrated, as having their
 * resolve date chosen (the meeting decided it); one whose date an approved extension has set since does not, nor does
 * a reported ticket.
 */
@IntegrationTest
class MeetingResolveDateBackfillTests {

    @Autowired
    MeetingTickets meetings;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cn.zhuanban.calendar.CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Test
    void meetingTicketsWrittenBeforeTheFlagAreMarkedChosenUnlessTheirDateWasSetSince() throws IOException {
        long kept = action();
        long extended = action();
        long reported = flows.assignedToPower();
        jdbc.sql("update ticket set resolve_date_chosen = false where id in (:ids)")
                .param("ids", java.util.List.of(kept, extended, reported))
                .update();
        jdbc.sql("""
                        insert into ticket_step (ticket_id, step, action, actor_id, actor_name, from_state, to_state,
                                                 result_code, detail, at)
                        values (:id, 99, 'ticket.extension-decided', null, '调度', 'IN_PROGRESS', 'IN_PROGRESS',
                                'APPROVED', null, current_timestamp)""").param("id", extended).update();

        migrate();

        assertThat(chosen(kept)).isTrue();
        assertThat(chosen(extended)).isFalse();
        assertThat(chosen(reported)).isFalse();
    }

    private long action() {
        LocalDate deadline = calendar.administrative().addWorkingDays(LocalDate.now(clock), 10);
        return meetings.openAction(
                data.project("GD"),
                TicketCategory.POWER,
                "会议议定：协调临时用电",
                "专班例会议定",
                data.department("GD"),
                deadline,
                flows.user("dispatch"));
    }

    private boolean chosen(long id) {
        return jdbc.sql("select resolve_date_chosen from ticket where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private void migrate() throws IOException {
        String sql = new ClassPathResource("db/migration/V166__meeting_ticket_resolve_date_chosen.sql")
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?m)^--.*$", "");
        Arrays.stream(sql.split(";"))
                .map(String::strip)
                .filter(s -> s.startsWith("update"))
                .forEach(s -> jdbc.sql(s).update());
    }
}
