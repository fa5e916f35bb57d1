package cn.zhuanban.ticket;

import static cn.zhuanban.ticket.TicketFixtures.CALENDAR;
import static cn.zhuanban.ticket.TicketFixtures.NORMAL;
import static cn.zhuanban.ticket.TicketFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.ticket.domain.ChosenDeadline;
import cn.zhuanban.ticket.domain.Deadlines;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

/**
 * A resolve-by date people choose is a working day not before today, refused naming the date, why and a working day
 * to take instead; and a chosen date never pulls the sign and first-feedback deadlines before the assignment.
 */
class ChosenDeadlineTests {

    @Test
    void aPastDateIsRefusedNamingItAndToday() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(refusal(yesterday, TODAY).getCodes()).containsExactly("ticket.deadline.past");
        assertThat(refusal(yesterday, TODAY).getArguments()).containsExactly(yesterday.toString(), TODAY.toString());
    }

    @Test
    void aSundayIsRefusedAsARestDaySuggestingTheFridayBefore() {
        LocalDate sunday = LocalDate.of(2026, 11, 8);
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        MessageSourceResolvable refusal = refusal(sunday, TODAY);
        assertThat(refusal.getCodes()).containsExactly("ticket.deadline.rest-day.earlier");
        assertThat(refusal.getArguments()[0]).isEqualTo("2026-11-08");
        assertThat(((MessageSourceResolvable) refusal.getArguments()[1]).getCodes())
                .containsExactly("ticket.deadline.rest-day");
        assertThat(refusal.getArguments()[2]).isEqualTo("2026-11-06");
    }

    @Test
    void aHolidayIsRefusedByItsName() {
        LocalDate nationalDay = LocalDate.of(2026, 10, 1);
        assertThat(CALENDAR.nameOf(nationalDay)).isNotBlank();
        MessageSourceResolvable refusal = refusal(nationalDay, TODAY);
        assertThat(refusal.getArguments()[1]).isEqualTo(CALENDAR.nameOf(nationalDay));
        assertThat(refusal.getArguments()[2]).isEqualTo(TODAY.plusDays(1).toString()); // 09-30, the last working day
    }

    @Test
    void whenTheWorkingDayBeforeHasPassedTheNextOneIsSuggested() {
        LocalDate saturday = LocalDate.of(2026, 11, 7);
        MessageSourceResolvable refusal = refusal(saturday.plusDays(1), saturday);
        assertThat(refusal.getCodes()).containsExactly("ticket.deadline.rest-day.later");
        assertThat(refusal.getArguments()[2]).isEqualTo("2026-11-09");
    }

    @Test
    void todayAndLaterWorkingDaysAreAccepted() {
        assertThat(ChosenDeadline.check("deadline", TODAY, TODAY, CALENDAR)).isEqualTo(TODAY);
        LocalDate later = CALENDAR.addWorkingDays(TODAY, 10);
        assertThat(ChosenDeadline.check("deadline", later, TODAY, CALENDAR)).isEqualTo(later);
    }

    @Test
    void aChosenDateKeepsTheSlaTermsButNeverPullsThemBeforeTheAssignmentOrPastItself() {
        Deadlines counted = Deadlines.from(TODAY, NORMAL, CALENDAR);
        LocalDate far = CALENDAR.addWorkingDays(TODAY, 20);
        assertThat(counted.resolvingBy(far, TODAY))
                .isEqualTo(new Deadlines(counted.signBy(), counted.feedbackBy(), far));

        LocalDate near = CALENDAR.addWorkingDays(TODAY, 2);
        assertThat(counted.resolvingBy(near, TODAY)).isEqualTo(new Deadlines(counted.signBy(), near, near));

        LocalDate past = TODAY.minusDays(30);
        Deadlines pulled = counted.resolvingBy(past, TODAY);
        assertThat(pulled.signBy()).isEqualTo(TODAY);
        assertThat(pulled.feedbackBy()).isEqualTo(TODAY);
    }

    private static MessageSourceResolvable refusal(LocalDate date, LocalDate today) {
        try {
            ChosenDeadline.check("deadline", date, today, CALENDAR);
        } catch (BusinessException e) {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION);
            assertThat(e.field()).isEqualTo("deadline");
            return (MessageSourceResolvable) e.args()[0];
        }
        throw new AssertionError(date + " was accepted");
    }
}
