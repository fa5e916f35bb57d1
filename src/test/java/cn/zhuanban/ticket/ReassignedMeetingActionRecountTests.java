package cn.zhuanban.ticket;

import static cn.zhuanban.ticket.DeadlineRecountingTests.ASSIGNED;
import static cn.zhuanban.ticket.DeadlineRecountingTests.HOLIDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.CalendarEvents;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.DayException;
import cn.zhuanban.calendar.HolidayCnJson;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.domain.Deadlines;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A meeting's action ticket has the resolve date the meeting decided, and a holiday arrangement that arrives later
 * leaves it. Once the office reassigns it, the date is the reassignment's: typed by the office, it stays chosen; not
 * typed, it was counted and moves with the calendar like any other ticket's (the ticket's source no longer decides).
 * The tickets are moved to 2099, as in {@link DeadlineRecountingTests}.
 */
@IntegrationTest
class ReassignedMeetingActionRecountTests {

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void calendarListenersDone() {
        CalendarEvents.awaitHandled(jdbc);
    }

    @Test
    void aReassignedMeetingActionKeepsOnlyADateTheOfficeTyped() {
        DeadlineRecountingTests.noHolidayIn2099(jdbc, calendar);
        CalendarEvents.awaitHandled(jdbc);
        WorkingCalendar cal = calendar.administrative();
        LocalDate decided = cal.addWorkingDays(LocalDate.now(clock), 5);

        long untouched = meetingAction(decided);
        long counted = meetingAction(decided);
        reassign(counted, null);
        long typed = meetingAction(decided);
        reassign(typed, decided);

        assertThat(flows.view(untouched).resolveDateChosen()).isTrue();
        assertThat(flows.view(counted).resolveDateChosen())
                .as("reassigned without a date: counted")
                .isFalse();
        assertThat(flows.view(typed).resolveDateChosen())
                .as("reassigned with the office's date")
                .isTrue();

        Deadlines inMarch = Deadlines.from(ASSIGNED, TicketFixtures.NORMAL, cal);
        assertThat(inMarch.resolveBy()).isEqualTo(ChosenResolveDateRecountTests.RESOLVE_BY);
        for (long id : List.of(untouched, counted, typed)) {
            moveTo2099(id, inMarch);
        }

        calendar.importYear(new HolidayCnJson.Year(2099, List.of(new DayException(HOLIDAY, false, "测试假日"))));
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                for (long id : List.of(untouched, counted, typed)) {
                    assertThat(flows.view(id).feedbackBy()).as("ticket %d", id).isEqualTo("2099-03-06");
                }
            });
            assertThat(flows.view(untouched).resolveBy())
                    .as("the meeting's date")
                    .isEqualTo("2099-03-11");
            assertThat(flows.view(counted).resolveBy())
                    .as("counted on reassigning, recounted")
                    .isEqualTo("2099-03-12");
            assertThat(flows.view(typed).resolveBy()).as("typed on reassigning").isEqualTo("2099-03-11");
        } finally {
            DeadlineRecountingTests.noHolidayIn2099(jdbc, calendar);
        }
    }

    /** A ticket opened as a meeting's action is: of source MEETING, assigned at once with the meeting's date. */
    private long meetingAction(LocalDate decided) {
        long id = flows.management()
                .report(
                        new ReportCommand(
                                data.project("GD"), TicketCategory.POWER, "会议交办事项", "按会议决定办理", TicketSeverity.NORMAL),
                        List.of(),
                        flows.user("dispatch"),
                        TicketSource.MEETING);
        flows.management()
                .act(
                        id,
                        TicketMove.ASSIGN,
                        MoveCommand.assignTo(data.department("GD")).resolvingBy(decided),
                        flows.user("dispatch"));
        return id;
    }

    private void reassign(long id, LocalDate resolveBy) {
        flows.management()
                .act(id, TicketMove.REQUEST_RETURN, MoveCommand.withReason("不属本部门职责"), flows.user("handler-power"));
        flows.management()
                .act(
                        id,
                        TicketMove.REASSIGN,
                        MoveCommand.reassignTo(data.department("SW"), "改由水务局牵头").resolvingBy(resolveBy),
                        flows.user("dispatch"));
    }

    private void moveTo2099(long id, Deadlines counted) {
        jdbc.sql("update ticket set assigned_on = :a, sign_by = :s, feedback_by = :f, resolve_by = :r where id = :id")
                .param("a", ASSIGNED)
                .param("s", counted.signBy())
                .param("f", counted.feedbackBy())
                .param("r", counted.resolveBy())
                .param("id", id)
                .update();
    }
}
