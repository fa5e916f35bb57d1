package cn.zhuanban.ticket;

import static cn.zhuanban.ticket.TicketFixtures.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The one count of working days left that the lists and the ticket's page share, on the real 2026 calendar: 0 is due
 * today (今天到期), 1 the next working day, negative overdue (at least one, even on the rest day right after it).
 */
class WorkingDaysLeftTests {

    @Test
    void aDeadlineOfTodayHasNoWorkingDayLeftAfterTodayAndIsDueToday() {
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        assertThat(WorkingDaysLeft.of(wednesday, wednesday, CALENDAR)).isZero();
        assertThat(new TicketView.DeadlineWatch(
                                TicketDeadline.RESOLVE, wednesday, TicketView.WatchStatus.DUE_SOON, null, 0)
                        .dueToday())
                .isTrue();
    }

    @Test
    void theNextWorkingDayIsOneLeftAcrossAWeekendAndAHoliday() {
        assertThat(WorkingDaysLeft.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), CALENDAR))
                .isEqualTo(1);
        // Friday to Monday
        assertThat(WorkingDaysLeft.of(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7), CALENDAR))
                .isEqualTo(1);
        // National Day: 09-30 to 10-08 is one working day (10-01..10-07 off)
        assertThat(WorkingDaysLeft.of(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8), CALENDAR))
                .isEqualTo(1);
    }

    @Test
    void pastItsDateItIsOverdueEvenOnTheRestDayRightAfterIt() {
        // due Friday 12-04, read on Saturday 12-05: no working day has passed, still one overdue
        assertThat(WorkingDaysLeft.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 4), CALENDAR))
                .isEqualTo(-1);
        assertThat(WorkingDaysLeft.of(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 4), CALENDAR))
                .isEqualTo(-2);
    }

    @Test
    void somethingDonePastItsDateIsAtLeastOneWorkingDayLateAndNothingLateOnOrBeforeIt() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(WorkingDaysLeft.late(friday, friday, CALENDAR)).isZero();
        assertThat(WorkingDaysLeft.late(friday, LocalDate.of(2026, 12, 3), CALENDAR))
                .isZero();
        // the Saturday and the Monday after: one; the Tuesday: two
        assertThat(WorkingDaysLeft.late(friday, LocalDate.of(2026, 12, 5), CALENDAR))
                .isEqualTo(1);
        assertThat(WorkingDaysLeft.late(friday, LocalDate.of(2026, 12, 7), CALENDAR))
                .isEqualTo(1);
        assertThat(WorkingDaysLeft.late(friday, LocalDate.of(2026, 12, 8), CALENDAR))
                .isEqualTo(2);
        assertThat(WorkingDaysLeft.late(friday, LocalDate.of(2026, 12, 5), CALENDAR))
                .isEqualTo(-WorkingDaysLeft.of(LocalDate.of(2026, 12, 5), friday, CALENDAR));
    }
}
