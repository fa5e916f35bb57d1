package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A meeting that reads a ticket's action on the rest day right after its resolve date sees it one working day overdue,
 * as the ticket's own page and lists say ({@link WorkingDaysLeft#late}), not "in progress" because no working day has
 * passed yet. Fixed 2026 dates: due Friday 27 November, read on Saturday the 28th.
 */
@IntegrationTest
class PastActionLateCountTests {

    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

    @Autowired
    TicketFlows flows;

    @Autowired
    PastActionStatuses past;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anActionDueFridayReadOnSaturdayIsOneWorkingDayOverdue() {
        long id = flows.assignedToPower();
        jdbc.sql("update ticket_step set at = :at where ticket_id = :id")
                .param(
                        "at",
                        Timestamp.from(FRIDAY.minusDays(2)
                                .atTime(10, 0)
                                .atZone(clock.getZone())
                                .toInstant()))
                .param("id", id)
                .update();
        jdbc.sql("update ticket_step set resolve_by = :due where ticket_id = :id and resolve_by is not null")
                .param("due", FRIDAY)
                .param("id", id)
                .update();
        // the sign deadline falls no later than the resolve date (Deadlines caps it): never signed, it passed too
        jdbc.sql("update ticket_step set sign_by = :due where ticket_id = :id and sign_by is not null")
                .param("due", FRIDAY)
                .param("id", id)
                .update();
        jdbc.sql("update ticket set sign_by = :due, resolve_by = :due where id = :id")
                .param("due", FRIDAY)
                .param("id", id)
                .update();

        ActionTicketStatus saturday = past.listedOn(List.of(id), SATURDAY).get(id);

        assertThat(saturday.resolveBy()).isEqualTo(FRIDAY);
        assertThat(saturday.workingDaysOverdue()).isEqualTo(1);
        assertThat(past.listedOn(List.of(id), FRIDAY).get(id).workingDaysOverdue())
                .isZero();
    }

    @Test
    void aTicketNeverSignedIsLateFromItsSignDeadlineNotItsResolveDate() {
        long id = flows.assignedToPower();
        jdbc.sql("update ticket_step set at = :at where ticket_id = :id")
                .param(
                        "at",
                        Timestamp.from(FRIDAY.minusDays(2)
                                .atTime(10, 0)
                                .atZone(clock.getZone())
                                .toInstant()))
                .param("id", id)
                .update();
        LocalDate resolveBy = FRIDAY.plusWeeks(3);
        jdbc.sql("update ticket_step set sign_by = :sign, resolve_by = :resolve where ticket_id = :id"
                        + " and resolve_by is not null")
                .param("sign", FRIDAY)
                .param("resolve", resolveBy)
                .param("id", id)
                .update();
        jdbc.sql("update ticket set sign_by = :sign, feedback_by = :resolve, resolve_by = :resolve where id = :id")
                .param("sign", FRIDAY)
                .param("resolve", resolveBy)
                .param("id", id)
                .update();

        // read the Saturday after: one working day late, as the ladder's later rungs count from the sign deadline
        assertThat(past.listedOn(List.of(id), SATURDAY).get(id).workingDaysOverdue())
                .isEqualTo(1);
        assertThat(past.on(java.util.Map.of(id, resolveBy), SATURDAY).get(id).workingDaysOverdue())
                .isEqualTo(1);
        assertThat(past.listedOn(List.of(id), FRIDAY).get(id).workingDaysOverdue())
                .isZero();
    }
}
