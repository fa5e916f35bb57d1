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
 * A resolve date the dispatch office chose on assigning (交办) is a date people decided, like an extension's or a
 * meeting's: a holiday arrangement that arrives later moves the counted sign and first-feedback deadlines, not it. A
 * reassignment without a chosen date is counted again, and moves with the calendar; an extension of a chosen date
 * is approved as any other and stays as well (still marked chosen: the extension's date is typed by people too). The
 * tickets are moved to 2099, as in {@link DeadlineRecountingTests}.
 */
@IntegrationTest
class ChosenResolveDateRecountTests {

    /** The resolve date the tickets are given in 2099: seven working days from {@link DeadlineRecountingTests#ASSIGNED}. */
    static final LocalDate RESOLVE_BY = LocalDate.of(2099, 3, 11);

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
    void aChosenDateStaysAReassignmentWithoutOneMovesAndAnExtendedChosenDateStays() {
        // whatever another test left in 2099 (a correction of the day wins over an import): the holiday must be a
        // change
        DeadlineRecountingTests.noHolidayIn2099(jdbc, calendar);
        CalendarEvents.awaitHandled(jdbc);
        WorkingCalendar cal = calendar.administrative();
        LocalDate chosen = cal.addWorkingDays(LocalDate.now(clock), 5);

        long kept = assigned(chosen);
        assertThat(flows.view(kept).resolveBy()).isEqualTo(chosen);
        assertThat(chosenFlag(kept)).isTrue();

        long reassigned = assigned(chosen);
        act(reassigned, TicketMove.REQUEST_RETURN, MoveCommand.withReason("不属本部门职责"), "handler-power");
        act(reassigned, TicketMove.REASSIGN, MoveCommand.reassignTo(data.department("SW"), "改由水务局牵头"), "dispatch");
        assertThat(flows.view(reassigned).resolveBy())
                .as("counted again from the reassignment")
                .isEqualTo(Deadlines.from(LocalDate.now(clock), TicketFixtures.NORMAL, cal)
                        .resolveBy());
        assertThat(chosenFlag(reassigned)).as("no date chosen this time").isFalse();

        long extended = assigned(chosen);
        act(extended, TicketMove.SIGN, MoveCommand.empty(), "handler-power");
        LocalDate asked = cal.addWorkingDays(chosen, 3);
        act(extended, TicketMove.REQUEST_EXTENSION, MoveCommand.requestExtension("设备到货推迟", asked), "handler-power");
        act(extended, TicketMove.DECIDE_EXTENSION, MoveCommand.decideExtension(true), "dispatch");
        assertThat(flows.view(extended).resolveBy()).isEqualTo(asked);
        assertThat(flows.view(extended).resolveDateChosen())
                .as("the extension's date, typed by people too")
                .isTrue();

        Deadlines counted = Deadlines.from(ASSIGNED, TicketFixtures.NORMAL, calendar.administrative());
        assertThat(counted.resolveBy()).isEqualTo(RESOLVE_BY);
        for (long id : List.of(kept, reassigned, extended)) {
            moveTo2099(id, counted);
        }

        calendar.importYear(new HolidayCnJson.Year(2099, List.of(new DayException(HOLIDAY, false, "测试假日"))));
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                for (long id : List.of(kept, reassigned, extended)) {
                    assertThat(flows.view(id).feedbackBy()).as("ticket %d", id).isEqualTo("2099-03-06");
                }
            });
            assertThat(flows.view(kept).resolveBy()).as("chosen on assigning").isEqualTo(RESOLVE_BY);
            assertThat(flows.view(kept).signBy()).isEqualTo("2099-03-03");
            assertThat(flows.view(reassigned).resolveBy())
                    .as("counted on reassigning")
                    .isEqualTo("2099-03-12");
            assertThat(flows.view(extended).resolveBy())
                    .as("chosen and extended")
                    .isEqualTo(RESOLVE_BY);
            assertThat(flows.view(kept).history())
                    .filteredOn(h -> h.action().equals("ticket.deadlines-recounted"))
                    .singleElement()
                    .satisfies(h -> assertThat(h.detail()).contains("办结时限2099-03-11"));
        } finally {
            DeadlineRecountingTests.noHolidayIn2099(jdbc, calendar);
        }
    }

    private long assigned(LocalDate chosen) {
        long id = flows.reported(data.project("GD"));
        act(id, TicketMove.ASSIGN, MoveCommand.assignTo(data.department("GD")).resolvingBy(chosen), "dispatch");
        return id;
    }

    private void act(long id, TicketMove move, MoveCommand command, String user) {
        flows.management().act(id, move, command, flows.user(user));
    }

    private boolean chosenFlag(long id) {
        return jdbc.sql("select resolve_date_chosen from ticket where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** Deadlines counted on {@link DeadlineRecountingTests#ASSIGNED} without the holiday, the resolve date as given. */
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
