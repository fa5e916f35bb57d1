package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.domain.DeadlineRecount;
import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.Ticket;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flag {@link Ticket#isResolveDateChosen} says whose the CURRENT resolve date is, and the recount reads only it:
 * an approved extension marks its date as typed by people, and a later step that counts the date anew (a reopening
 * whose counted date is later, a reassignment without a typed date) clears it, so the ticket's extension count no
 * longer keeps a counted date from moving with the calendar. Fixed dates on a weekday calendar; one day of October
 * 2026 then becomes a holiday.
 */
class ExtendedResolveDateRecountTests {

    static final WorkingCalendar WEEKDAYS = WorkingCalendar.builder().build();
    static final LocalDate HOLIDAY = LocalDate.of(2026, 10, 15);
    static final WorkingCalendar WITH_HOLIDAY =
            WEEKDAYS.toBuilder().override(HOLIDAY, false, "测试假日").build();
    static final LocalDate EXTENDED_TO = LocalDate.of(2026, 10, 20);

    @Test
    void anApprovedExtensionMarksItsDateChosenAndARecountKeepsIt() {
        Ticket ticket = extended();

        assertThat(ticket.isResolveDateChosen()).isTrue();
        Deadlines recounted = recount(ticket);
        assertThat(recounted.resolveBy()).as("the extension's date").isEqualTo(EXTENDED_TO);
    }

    @Test
    void aReopeningThatCountsALaterDateAfterAnExtensionIsRecountedLikeAnyCountedDate() {
        Ticket ticket = extended();
        LocalDate reopenedOn = LocalDate.of(2026, 10, 12);
        Deadlines counted = Deadlines.from(reopenedOn, TicketFixtures.NORMAL, WEEKDAYS);
        assertThat(counted.resolveBy()).isAfter(EXTENDED_TO);
        reopen(ticket, counted, reopenedOn);

        assertThat(ticket.getExtensions()).isEqualTo(1);
        assertThat(ticket.isResolveDateChosen()).as("counted on reopening").isFalse();
        Deadlines recounted = recount(ticket);
        assertThat(recounted.resolveBy())
                .as("one working day later for the new holiday")
                .isEqualTo(WITH_HOLIDAY.addWorkingDays(reopenedOn, TicketFixtures.NORMAL.resolveDays()));
    }

    @Test
    void aReopeningThatKeepsTheExtensionsLaterDateKeepsItChosen() {
        Ticket ticket = extended();
        LocalDate reopenedOn = LocalDate.of(2026, 10, 8);
        Deadlines counted = Deadlines.from(reopenedOn, TicketFixtures.NORMAL, WEEKDAYS);
        assertThat(counted.resolveBy()).isBefore(EXTENDED_TO);
        reopen(ticket, counted, reopenedOn);

        assertThat(ticket.isResolveDateChosen()).isTrue();
        assertThat(recount(ticket).resolveBy()).isEqualTo(EXTENDED_TO);
    }

    @Test
    void aReassignmentWithoutATypedDateClearsTheFlagWhateverSetItBefore() {
        Ticket ticket = TicketFixtures.reported();
        LocalDate today = TicketFixtures.TODAY;
        ticket.assign(5L, List.of(), Deadlines.from(today, TicketFixtures.NORMAL, WEEKDAYS), today);
        ticket.chooseResolveDate();
        ticket.requestReturn("不属于本部门职责");
        ticket.reassign(6L, List.of(), Deadlines.from(today, TicketFixtures.NORMAL, WEEKDAYS), today, "改派");

        assertThat(ticket.isResolveDateChosen()).isFalse();
    }

    /** Assigned on 2026-09-29 with counted deadlines, signed, and given until {@link #EXTENDED_TO}. */
    private static Ticket extended() {
        Ticket ticket = TicketFixtures.reported();
        LocalDate today = TicketFixtures.TODAY;
        ticket.assign(5L, List.of(), Deadlines.from(today, TicketFixtures.NORMAL, WEEKDAYS), today);
        ticket.sign(TicketFixtures.NOW);
        ticket.requestExtension(EXTENDED_TO, "等待设备到货");
        ticket.decideExtension(true, null);
        assertThat(ticket.getResolveBy()).isEqualTo(EXTENDED_TO);
        return ticket;
    }

    private static void reopen(Ticket ticket, Deadlines counted, LocalDate on) {
        ticket.resolve(TicketOutcome.SOLVED, "已接电", on, 5, TicketFixtures.NOW);
        ticket.review(true, null, on.plusDays(5));
        ticket.rate(TicketRating.DISSATISFIED, "仍未通电", counted, on, TicketFixtures.NOW);
    }

    private static Deadlines recount(Ticket ticket) {
        Deadlines recounted = DeadlineRecount.of(ticket, List.of(HOLIDAY), WITH_HOLIDAY, ticket.isResolveDateChosen());
        return recounted == null ? ticket.deadlines() : recounted;
    }
}
