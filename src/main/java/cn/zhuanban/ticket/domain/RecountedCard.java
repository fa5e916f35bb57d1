package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketDeadline;
import java.time.LocalDate;
import java.util.Set;

/**
 * The card a ticket keeps when a recount moves its deadlines (domain.md §3: yellow when one working day remains, red
 * when overdue). A deadline still watched keeps the card its recounted date calls for today; a deadline no longer
 * watched (signed, answered) keeps the card it earned in this round, since the recount does not judge again a step
 * the department has taken. The ticket keeps the highest of these, never more than it has: raising a card, with its
 * notices, is the escalation job's, when the due index says so.
 */
final class RecountedCard {

    private RecountedCard() {}

    /**
     * @param taken the ladder's steps taken in the ticket's current round
     * @param calendar the calendar the deadlines were recounted on
     */
    static TicketCard of(Ticket ticket, Set<LadderStep> taken, WorkingCalendar calendar, LocalDate today) {
        TicketCard kept = TicketCard.NONE;
        for (TicketDeadline deadline : TicketDeadline.values()) {
            TicketCard card =
                    ticket.watches(deadline) ? calledFor(ticket, deadline, calendar, today) : earned(taken, deadline);
            kept = higher(kept, card);
        }
        return ticket.getCard().compareTo(kept) < 0 ? ticket.getCard() : kept;
    }

    /** The highest card whose due time (on the recounted date) has come. */
    private static TicketCard calledFor(
            Ticket ticket, TicketDeadline deadline, WorkingCalendar calendar, LocalDate today) {
        TicketCard card = TicketCard.NONE;
        for (DueIndex.Due due : DueTimes.of(ticket, calendar)) {
            if (due.step().deadline() == deadline
                    && due.step().card() != null
                    && !due.dueOn().isAfter(today)) {
                card = higher(card, due.step().card());
            }
        }
        return card;
    }

    private static TicketCard earned(Set<LadderStep> taken, TicketDeadline deadline) {
        TicketCard card = TicketCard.NONE;
        for (LadderStep step : taken) {
            if (step.deadline() == deadline && step.card() != null) {
                card = higher(card, step.card());
            }
        }
        return card;
    }

    private static TicketCard higher(TicketCard a, TicketCard b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
