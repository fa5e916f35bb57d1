package cn.zhuanban.ticket;

import static cn.zhuanban.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.Ticket;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A dissatisfied rating reopens the ticket as a new round of work for the same department, counted like an assignment
 * from the day it reopens; a resolve deadline the office approved (an extension) that is later still is not cut short,
 * and the finished round's rating deadline goes with it.
 */
class TicketReopenDeadlinesTests {

    @Test
    void aReopeningCountsFirstFeedbackAndResolveAfreshFromItsDayAndDropsTheRatingDeadline() {
        Ticket ticket = TicketFixtures.in(TicketState.AWAITING_FEEDBACK);
        assertThat(ticket.getRatingBy()).isNotNull();
        LocalDate reopenDay = CALENDAR.addWorkingDays(TODAY, 3);
        Deadlines fresh = Deadlines.from(reopenDay, NORMAL, CALENDAR);

        ticket.rate(TicketRating.DISSATISFIED, "仍未通电", fresh, reopenDay, NOW);

        assertThat(ticket.getState()).isEqualTo(TicketState.IN_PROGRESS);
        assertThat(ticket.getAssignedOn()).isEqualTo(reopenDay);
        assertThat(ticket.getFeedbackBy()).isEqualTo(fresh.feedbackBy());
        assertThat(ticket.getResolveBy())
                .isEqualTo(fresh.resolveBy())
                .isAfter(deadlines().resolveBy());
        assertThat(ticket.getRatingBy()).isNull();
    }

    @Test
    void anApprovedExtensionLaterThanTheFreshCountStaysTheResolveDeadline() {
        LocalDate approved = CALENDAR.addWorkingDays(TODAY, 30);
        Ticket ticket = extendedResolvedAndReviewed(approved);
        LocalDate reopenDay = CALENDAR.addWorkingDays(TODAY, 3);
        Deadlines fresh = Deadlines.from(reopenDay, NORMAL, CALENDAR);
        assertThat(fresh.resolveBy())
                .as("the fresh count alone would cut it short")
                .isBefore(approved);

        ticket.rate(TicketRating.DISSATISFIED, "仍未通电", fresh, reopenDay, NOW);

        assertThat(ticket.getResolveBy()).isEqualTo(approved);
        assertThat(ticket.getFeedbackBy())
                .as("the first feedback is due afresh")
                .isEqualTo(fresh.feedbackBy());
        assertThat(ticket.getExtensions()).isEqualTo(1);
        assertThat(ticket.getRatingBy()).isNull();
    }

    @Test
    void anExtensionEarlierThanTheFreshCountDoesNotShortenIt() {
        Ticket ticket = extendedResolvedAndReviewed(CALENDAR.addWorkingDays(TODAY, 9));
        LocalDate reopenDay = CALENDAR.addWorkingDays(TODAY, 5);
        Deadlines fresh = Deadlines.from(reopenDay, NORMAL, CALENDAR);

        ticket.rate(TicketRating.DISSATISFIED, "仍未通电", fresh, reopenDay, NOW);

        assertThat(ticket.getResolveBy()).isEqualTo(fresh.resolveBy());
    }

    private static Ticket extendedResolvedAndReviewed(LocalDate approved) {
        Ticket ticket = TicketFixtures.in(TicketState.IN_PROGRESS);
        ticket.requestExtension(approved, "等待设备到货");
        ticket.decideExtension(true, null);
        assertThat(ticket.getResolveBy()).isEqualTo(approved);
        ticket.resolve(TicketOutcome.SOLVED, "已接电", TODAY, 1, NOW);
        ticket.review(true, null, CALENDAR.addWorkingDays(TODAY, 3));
        return ticket;
    }
}
