package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.domain.DeadlineRecount;
import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.Ticket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deadlines counted before a year's holiday arrangement was in, recounted once it arrives: the result is what the
 * assignment would have given on the full calendar, 2026's National Day and its make-up Saturday included.
 */
class DeadlineRecountTests {

    static final WorkingCalendar WEEKDAYS = WorkingCalendar.builder().build();
    static final WorkingCalendar WITH_2026 = TicketFixtures.CALENDAR;

    @Test
    void theArrivingArrangementMovesEachDeadlineAsIfItHadBeenCountedOnTheFullCalendar() {
        Ticket ticket = assignedOn(WEEKDAYS);
        assertThat(ticket.getResolveBy()).isEqualTo("2026-10-08"); // National Day counted as working days

        Deadlines recounted = DeadlineRecount.of(ticket, changedDays(WEEKDAYS, WITH_2026), WITH_2026, false);

        assertThat(recounted)
                .isEqualTo(Deadlines.from(TicketFixtures.TODAY, TicketFixtures.NORMAL, WITH_2026))
                .isEqualTo(new Deadlines(
                        LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 14)));
    }

    @Test
    void aChangeAfterTheDeadlinesMovesNothingAndADateChosenByAnApprovedExtensionStays() {
        Ticket counted = assignedOn(WITH_2026);
        assertThat(DeadlineRecount.of(counted, List.of(LocalDate.of(2026, 12, 1)), WITH_2026, false))
                .as("a changed day after every deadline")
                .isNull();

        Ticket extended = assignedOn(WEEKDAYS);
        extended.sign(TicketFixtures.NOW);
        extended.requestExtension(LocalDate.of(2026, 10, 20), "等待设备");
        extended.decideExtension(true, null);
        assertThat(extended.isResolveDateChosen())
                .as("the extension's date is typed by people")
                .isTrue();
        Deadlines recounted = DeadlineRecount.of(
                extended, changedDays(WEEKDAYS, WITH_2026), WITH_2026, extended.isResolveDateChosen());
        assertThat(recounted.resolveBy()).isEqualTo("2026-10-20");
        assertThat(recounted.feedbackBy()).isEqualTo("2026-10-09");
    }

    @Test
    void aMeetingsDecidedDateStaysAndTheOtherDeadlinesDoNotPassIt() {
        Ticket ticket = TicketFixtures.reported();
        ticket.assign(
                5L,
                List.of(),
                new Deadlines(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5)),
                TicketFixtures.TODAY);
        Deadlines recounted = DeadlineRecount.of(ticket, changedDays(WEEKDAYS, WITH_2026), WITH_2026, true);
        assertThat(recounted)
                .isEqualTo(
                        new Deadlines(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5)));
    }

    @Test
    void aDayThatTurnsIntoAWorkingDayBringsDeadlinesEarlier() {
        Ticket ticket = assignedOn(WITH_2026);
        WorkingCalendar saturdayWorked = WITH_2026.toBuilder()
                .override(LocalDate.of(2026, 10, 3), true, "抢工")
                .build();
        Deadlines recounted = DeadlineRecount.of(ticket, List.of(LocalDate.of(2026, 10, 3)), saturdayWorked, false);
        assertThat(recounted.feedbackBy()).isEqualTo("2026-10-08");
        assertThat(recounted.resolveBy()).isEqualTo("2026-10-13");
    }

    private static Ticket assignedOn(WorkingCalendar calendar) {
        Ticket ticket = TicketFixtures.reported();
        ticket.assign(
                5L,
                List.of(),
                Deadlines.from(TicketFixtures.TODAY, TicketFixtures.NORMAL, calendar),
                TicketFixtures.TODAY);
        return ticket;
    }

    private static List<LocalDate> changedDays(WorkingCalendar before, WorkingCalendar after) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 9, 1); d.isBefore(LocalDate.of(2026, 12, 1)); d = d.plusDays(1)) {
            if (before.isWorkingDay(d) != after.isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
