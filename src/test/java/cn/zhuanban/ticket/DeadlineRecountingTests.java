package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.CalendarEvents;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.DayException;
import cn.zhuanban.calendar.HolidayCnJson;
import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.DueIndex;
import cn.zhuanban.ticket.domain.LadderStep;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A holiday arrangement that arrives after deadlines were counted over its days moves them, and a correction of the
 * day moves them back: on the ticket, in its timeline, in the escalation job's due index and in the department's
 * notices. The ticket is moved to 2099, where no other test's ticket runs, so that the calendar change touches it
 * alone.
 */
@IntegrationTest
class DeadlineRecountingTests {

    /** The calendar changes of these tests re-judge every plan: done before the next test's events queue behind them. */
    @AfterEach
    void calendarListenersDone() {
        CalendarEvents.awaitHandled(jdbc);
    }

    static final LocalDate ASSIGNED = LocalDate.of(2099, 3, 2); // a Monday
    static final LocalDate HOLIDAY = LocalDate.of(2099, 3, 4);

    @Autowired
    TicketFlows flows;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    DueIndex due;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportedHolidayMovesTheDeadlinesOverItAndACorrectionMovesThemBack() {
        long id = flows.assignedToPower();
        Deadlines counted = Deadlines.from(ASSIGNED, TicketFixtures.NORMAL, calendar.administrative());
        jdbc.sql("update ticket set assigned_on = :a, sign_by = :s, feedback_by = :f, resolve_by = :r where id = :id")
                .param("a", ASSIGNED)
                .param("s", counted.signBy())
                .param("f", counted.feedbackBy())
                .param("r", counted.resolveBy())
                .param("id", id)
                .update();
        assertThat(counted.resolveBy()).isEqualTo("2099-03-11");

        calendar.importYear(new HolidayCnJson.Year(2099, List.of(new DayException(HOLIDAY, false, "测试假日"))));
        try {
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(flows.view(id).resolveBy()).isEqualTo("2099-03-12"));
            TicketView moved = flows.view(id);
            assertThat(moved.signBy()).isEqualTo("2099-03-03");
            assertThat(moved.feedbackBy()).isEqualTo("2099-03-06");
            assertThat(moved.history())
                    .filteredOn(h -> h.action().equals("ticket.deadlines-recounted"))
                    .singleElement()
                    .satisfies(h -> assertThat(h.detail()).contains("办结时限2099-03-12"));
            assertThat(due.of(id))
                    .filteredOn(d -> d.step() == LadderStep.RED)
                    .singleElement()
                    .satisfies(d -> assertThat(d.dueOn()).isEqualTo("2099-03-13"));
            long handler = flows.user("handler-power").id();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> TicketInbox.notices(
                                    jdbc, handler, "notification.ticket.deadlines-recounted-with-deadlines", id)
                            == 1);

            calendar.setDay(HOLIDAY, true, "更正");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(deadlines(flows.view(id))).isEqualTo(counted));
        } finally {
            noHolidayIn2099(jdbc, calendar);
        }
    }

    @Test
    void eachTicketIsRecountedInItsOwnTransactionSoOneThatFailsKeepsNoOtherBack() {
        long good = assignedOverTheHoliday();
        long bad = assignedOverTheHoliday();
        // a ticket that cannot be read (bad data) fails its recount after the good one's
        jdbc.sql("update ticket set category = 'UNREADABLE' where id = :id")
                .param("id", bad)
                .update();
        try {
            calendar.importYear(new HolidayCnJson.Year(2099, List.of(new DayException(HOLIDAY, false, "测试假日"))));
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(flows.view(good).resolveBy()).isEqualTo("2099-03-12"));
        } finally {
            jdbc.sql("update ticket set category = 'POWER' where id = :id")
                    .param("id", bad)
                    .update();
            // the failed delivery would be handed to the listener again only after a quarter of an hour
            jdbc.sql("delete from event_publication where listener_id = 'ticket.deadline-recount'"
                            + " and completion_date is null")
                    .update();
            calendar.importYear(new HolidayCnJson.Year(2099, List.of()));
        }
    }

    /**
     * Leaves 2099 without the test holiday: the correction of the day goes too, for it wins over any import of the
     * year (an administrator's word), and the next import of the holiday would change nothing, recount no ticket.
     */
    static void noHolidayIn2099(JdbcClient jdbc, CalendarManagement calendar) {
        jdbc.sql("delete from calendar_day where kind = 'OVERRIDE' and cal_date = :day")
                .param("day", HOLIDAY)
                .update();
        calendar.importYear(new HolidayCnJson.Year(2099, List.of()));
    }

    /** A ticket assigned on {@link #ASSIGNED}, its deadlines counted without the holiday (resolve by 11 March). */
    private long assignedOverTheHoliday() {
        long id = flows.assignedToPower();
        Deadlines counted = Deadlines.from(ASSIGNED, TicketFixtures.NORMAL, calendar.administrative());
        jdbc.sql("update ticket set assigned_on = :a, sign_by = :s, feedback_by = :f, resolve_by = :r where id = :id")
                .param("a", ASSIGNED)
                .param("s", counted.signBy())
                .param("f", counted.feedbackBy())
                .param("r", counted.resolveBy())
                .param("id", id)
                .update();
        return id;
    }

    private static Deadlines deadlines(TicketView t) {
        return new Deadlines(t.signBy(), t.feedbackBy(), t.resolveBy());
    }
}
