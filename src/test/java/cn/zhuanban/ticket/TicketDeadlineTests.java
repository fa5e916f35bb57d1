package cn.zhuanban.ticket;

import static cn.zhuanban.ticket.TicketFixtures.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.SlaTerms;
import cn.zhuanban.ticket.domain.Ticket;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "13710" deadlines on the real 2026 calendar: National Day (10-01 to 10-07 off) and the make-up
 * Saturday 10-10 (a working day), with a fixed clock.
 */
class TicketDeadlineTests {

    static final LocalDate BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 29);

    @Test
    void assignedTheDayBeforeTheHolidayAnOrdinaryTicketIsDueAfterIt() {
        Deadlines d = Deadlines.from(BEFORE_NATIONAL_DAY, new SlaTerms(1, 3, 7), CALENDAR);
        assertThat(d.signBy()).isEqualTo("2026-09-30");
        assertThat(d.feedbackBy()).isEqualTo("2026-10-09");
        // 09-30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13, 10-14
        assertThat(d.resolveBy()).isEqualTo("2026-10-14");
    }

    @Test
    void theMakeUpSaturdayCountsAsAWorkingDay() {
        Deadlines d = Deadlines.from(LocalDate.of(2026, 10, 8), new SlaTerms(1, 2, 7), CALENDAR);
        assertThat(d.signBy()).isEqualTo("2026-10-09");
        assertThat(d.feedbackBy()).isEqualTo("2026-10-10");
    }

    @Test
    void aComplexTicketGetsTwentyTwoWorkingDays() {
        Deadlines d = Deadlines.from(BEFORE_NATIONAL_DAY, new SlaTerms(1, 3, 22), CALENDAR);
        assertThat(CALENDAR.workingDaysBetween(BEFORE_NATIONAL_DAY, d.resolveBy()))
                .isEqualTo(22);
        assertThat(d.resolveBy()).isEqualTo("2026-11-04");
    }

    @Test
    void aTicketAssignedOnTheFixedClockCarriesItsDeadlinesAndResolvingLateIsNotOnTime() {
        Ticket t = TicketFixtures.reported();
        t.assign(
                5L,
                List.of(),
                Deadlines.from(TicketFixtures.TODAY, TicketFixtures.NORMAL, CALENDAR),
                TicketFixtures.TODAY);
        assertThat(t.getAssignedOn()).isEqualTo(BEFORE_NATIONAL_DAY);
        assertThat(t.getResolveBy()).isEqualTo("2026-10-14");
        t.sign(TicketFixtures.NOW);
        LocalDate late = LocalDate.of(2026, 10, 15);
        t.resolve(
                TicketOutcome.SOLVED,
                "已接电",
                late,
                CALENDAR.workingDaysBetween(BEFORE_NATIONAL_DAY, late),
                TicketFixtures.NOW);
        assertThat(t.getResolvedOnTime()).isFalse();
    }

    @Test
    void aSuspensionOverTheHolidayMovesTheDeadlinesByTheWorkingDaysItLasted() {
        Deadlines d = Deadlines.from(BEFORE_NATIONAL_DAY, new SlaTerms(1, 3, 7), CALENDAR);
        int lasted = CALENDAR.workingDaysBetween(BEFORE_NATIONAL_DAY, LocalDate.of(2026, 10, 9));
        assertThat(lasted).isEqualTo(3);
        assertThat(d.shiftedBy(lasted, CALENDAR).resolveBy()).isEqualTo("2026-10-19");
    }
}
