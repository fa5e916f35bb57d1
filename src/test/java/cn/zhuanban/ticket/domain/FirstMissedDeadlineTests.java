package cn.zhuanban.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.WorkingDaysLeft;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ticket is late from the earliest deadline it missed, whatever order its deadlines are in: the earliest of those set
 * whose step is not done. Set by the rules they fall sign, first feedback, resolve; a ticket with only some of them, or
 * imported with a resolve date before its sign date, read as not overdue while an earlier deadline had passed. Dates in
 * 2045, Monday to Friday working days.
 */
class FirstMissedDeadlineTests {

    private static final WorkingCalendar WEEKDAYS = WorkingCalendar.standard(List.of());

    /** Wednesday. */
    private static final LocalDate MARCH_1 = LocalDate.of(2045, 3, 1);

    private static final LocalDate DAY = LocalDate.of(2045, 3, 8);

    @Test
    void inTheRulesOrderTheSignDeadlineOfATicketNeverSignedCounts() {
        Deadlines d = new Deadlines(MARCH_1, MARCH_1.plusDays(2), MARCH_1.plusDays(14));

        assertThat(WatchedDeadlines.next(TicketState.ASSIGNED, d, false)).isEqualTo(TicketDeadline.SIGN);
        assertThat(overdue(TicketState.ASSIGNED, d, false))
                .isEqualTo(late(MARCH_1))
                .isEqualTo(5);
    }

    @Test
    void aResolveDateBeforeTheSignDateCountsFromTheResolveDate() {
        Deadlines d = new Deadlines(DAY.plusDays(2), null, MARCH_1);

        assertThat(WatchedDeadlines.next(TicketState.ASSIGNED, d, false)).isEqualTo(TicketDeadline.RESOLVE);
        assertThat(overdue(TicketState.ASSIGNED, d, false))
                .isEqualTo(late(MARCH_1))
                .isPositive();
    }

    @Test
    void aResolveDateBeforeTheFirstFeedbackDateCountsFromTheResolveDate() {
        Deadlines d = new Deadlines(MARCH_1.minusDays(7), DAY.plusDays(1), MARCH_1.plusDays(1));

        assertThat(overdue(TicketState.IN_PROGRESS, d, false)).isEqualTo(late(MARCH_1.plusDays(1)));
    }

    @Test
    void theFirstFeedbackMissedBeforeAnEarlierSetSignDateStillPassedCounts() {
        // imported: first feedback due before signing; the ticket not signed, both passed, the feedback date earliest
        Deadlines d = new Deadlines(MARCH_1.plusDays(2), MARCH_1, null);

        assertThat(overdue(TicketState.ASSIGNED, d, false)).isEqualTo(late(MARCH_1));
    }

    @Test
    void aTicketWithOnlySomeDeadlinesIsLateFromThoseItHas() {
        assertThat(overdue(TicketState.ASSIGNED, new Deadlines(null, null, MARCH_1), false))
                .isEqualTo(late(MARCH_1));
        assertThat(overdue(TicketState.IN_PROGRESS, new Deadlines(null, MARCH_1, null), false))
                .isEqualTo(late(MARCH_1));
        assertThat(overdue(TicketState.ASSIGNED, new Deadlines(null, null, null), false))
                .isZero();
    }

    @Test
    void aDeadlineWhoseStepIsDoneDoesNotCountHoweverEarly() {
        // signed and answered: the sign and first-feedback dates passed long ago, the resolve date is still ahead
        Deadlines d = new Deadlines(MARCH_1.minusDays(20), MARCH_1.minusDays(10), DAY.plusDays(3));

        assertThat(WatchedDeadlines.next(TicketState.IN_PROGRESS, d, true)).isEqualTo(TicketDeadline.RESOLVE);
        assertThat(overdue(TicketState.IN_PROGRESS, d, true)).isZero();
        // resolve before the first feedback, the feedback given: late from the resolve date alone
        Deadlines early = new Deadlines(null, MARCH_1.minusDays(10), MARCH_1);
        assertThat(overdue(TicketState.IN_PROGRESS, early, true)).isEqualTo(late(MARCH_1));
    }

    @Test
    void outOfOrderDeadlinesNoneOfThemPassedAreNotLateAndSuspendedIsNeverLate() {
        Deadlines ahead = new Deadlines(DAY.plusDays(9), DAY.plusDays(5), DAY.plusDays(1));
        assertThat(overdue(TicketState.ASSIGNED, ahead, false)).isZero();
        assertThat(WatchedDeadlines.next(TicketState.ASSIGNED, ahead, false)).isEqualTo(TicketDeadline.RESOLVE);

        Deadlines passed = new Deadlines(DAY.plusDays(2), null, MARCH_1);
        assertThat(overdue(TicketState.SUSPENDED, passed, false)).isZero();
    }

    @Test
    void twoDeadlinesOnOneDayAreTakenInTheRulesOrder() {
        Deadlines d = new Deadlines(MARCH_1, MARCH_1, MARCH_1);

        assertThat(WatchedDeadlines.next(TicketState.ASSIGNED, d, false)).isEqualTo(TicketDeadline.SIGN);
        assertThat(WatchedDeadlines.next(TicketState.IN_PROGRESS, d, false)).isEqualTo(TicketDeadline.FEEDBACK);
        assertThat(overdue(TicketState.ASSIGNED, d, false)).isEqualTo(late(MARCH_1));
    }

    private static int overdue(TicketState state, Deadlines deadlines, boolean answered) {
        return WatchedDeadlines.workingDaysOverdue(state, deadlines, answered, DAY, WEEKDAYS);
    }

    private static int late(LocalDate due) {
        return WorkingDaysLeft.late(due, DAY, WEEKDAYS);
    }
}
