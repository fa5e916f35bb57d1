package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A past meeting reads its actions with the resolve date they had on its day, whatever set the deadlines since: a
 * reassignment, an approved extension or a reopening after the meeting does not move the date the meeting saw, even
 * when the date it saw was not the first assignment's (a reassignment before the meeting), which today's ticket row no
 * longer knows. Each step that sets the deadlines keeps the resolve date it set.
 */
@IntegrationTest
class PastActionResolveDateTests {

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    PastActionStatuses past;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    WorkingCalendar cal;
    LocalDate today;
    LocalDate heldOn;
    LocalDate first;
    LocalDate second;
    LocalDate later;

    @BeforeEach
    void setUp() {
        cal = calendar.administrative();
        today = LocalDate.now(clock);
        heldOn = cal.addWorkingDays(today, -3);
        first = cal.addWorkingDays(today, 1);
        second = cal.addWorkingDays(today, 2);
        later = cal.addWorkingDays(today, 20);
    }

    @Test
    void aTicketReassignedAfterTheMeetingReadsTheDateItHadOnTheMeetingDay() {
        long id = reassignedBeforeTheMeeting();
        move(id, TicketMove.REQUEST_RETURN, withReason("非本部门职责"), "handler-power");
        move(id, TicketMove.REASSIGN, assignment("ZRZY", later), "dispatch");

        assertThat(flows.view(id).resolveBy()).isEqualTo(later);
        assertThat(resolveByOnTheMeetingDay(id)).isEqualTo(second);
        assertThat(keptResolveBy(id, "ticket.reassigned")).containsExactly(second, later);
    }

    @Test
    void aTicketExtendedAfterTheMeetingReadsTheDateItHadOnTheMeetingDay() {
        long id = reassignedBeforeTheMeeting();
        move(id, TicketMove.SIGN, MoveCommand.empty(), "handler-power");
        move(id, TicketMove.REQUEST_EXTENSION, MoveCommand.requestExtension("设备未到", later), "handler-power");
        move(id, TicketMove.DECIDE_EXTENSION, MoveCommand.decideExtension(true), "dispatch");

        assertThat(flows.view(id).resolveBy()).isEqualTo(later);
        assertThat(resolveByOnTheMeetingDay(id)).isEqualTo(second);
        assertThat(keptResolveBy(id, "ticket.extension-decided")).containsExactly(later);
    }

    @Test
    void aTicketReopenedAfterTheMeetingReadsTheDateItHadOnTheMeetingDay() {
        long id = reassignedBeforeTheMeeting();
        move(id, TicketMove.SIGN, MoveCommand.empty(), "handler-power");
        flows.resolveByPower(id);
        move(id, TicketMove.REVIEW, MoveCommand.review(true), "dispatch");
        move(id, TicketMove.FEEDBACK, MoveCommand.rate(TicketRating.DISSATISFIED, "没有解决"), "dispatch");

        LocalDate reopened = flows.view(id).resolveBy();
        assertThat(reopened).as("the reopening counts a date of its own").isNotEqualTo(second);
        assertThat(resolveByOnTheMeetingDay(id)).isEqualTo(second);
        assertThat(keptResolveBy(id, "ticket.reopened")).containsExactly(reopened);
    }

    /**
     * A ticket assigned to the land bureau due on {@code first}, handed back and reassigned to the power company due
     * on {@code second}, all on the day before the meeting.
     */
    private long reassignedBeforeTheMeeting() {
        long id = flows.reported(data.project("GD"));
        move(id, TicketMove.ASSIGN, assignment("ZRZY", first), "dispatch");
        move(id, TicketMove.REQUEST_RETURN, withReason("用电不归本局"), "handler");
        move(id, TicketMove.REASSIGN, assignment("GD", second), "dispatch");
        jdbc.sql("update ticket_step set at = :at where ticket_id = :id")
                .param(
                        "at",
                        Timestamp.from(heldOn.minusDays(1)
                                .atTime(10, 0)
                                .atZone(clock.getZone())
                                .toInstant()))
                .param("id", id)
                .update();
        return id;
    }

    /** As the meeting that decided the action, due on the first date, reads it. */
    private LocalDate resolveByOnTheMeetingDay(long id) {
        return past.on(Map.of(id, first), heldOn).get(id).resolveBy();
    }

    private java.util.List<LocalDate> keptResolveBy(long id, String action) {
        return jdbc.sql("select resolve_by from ticket_step where ticket_id = :id and action = :action order by step")
                .param("id", id)
                .param("action", action)
                .query(LocalDate.class)
                .list();
    }

    private MoveCommand assignment(String department, LocalDate resolveBy) {
        return MoveCommand.assignTo(data.department(department)).resolvingBy(resolveBy);
    }

    private static MoveCommand withReason(String reason) {
        return MoveCommand.withReason(reason);
    }

    private void move(long id, TicketMove move, MoveCommand command, String user) {
        flows.management().act(id, move, command, flows.user(user));
    }
}
