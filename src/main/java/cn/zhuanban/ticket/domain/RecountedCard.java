package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketDeadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The card a ticket keeps when a recount moves its deadlines (domain.md §3: yellow when one working day remains, red
 * when overdue). A deadline still watched keeps the card its recounted date calls for today; a deadline no longer
 * watched (signed, answered) keeps the card it earned in this round, since the recount does not judge again a step
 * the department has taken. The ticket keeps the highest of these, never more than it has: raising a card, with its
 * notices, is the escalation job's, when the due index says so.
 *
 * @param card the card to keep
 * @param steps the card steps that call for it, per deadline: carried into the round a lowered card begins
 *     ({@link DueIndex#carry}), so that a second recount finds what the first one kept
 */
record RecountedCard(TicketCard card, List<DueIndex.Due> steps) {

    /**
     * @param taken the ladder's steps taken in the ticket's current round
     * @param calendar the calendar the deadlines were recounted on
     */
    static RecountedCard of(Ticket ticket, List<DueIndex.Due> taken, WorkingCalendar calendar, LocalDate today) {
        List<DueIndex.Due> due = DueTimes.of(ticket, calendar);
        List<DueIndex.Due> steps = new ArrayList<>();
        TicketCard kept = TicketCard.NONE;
        for (TicketDeadline deadline : TicketDeadline.values()) {
            for (DueIndex.Due step : ticket.watches(deadline) ? due : taken) {
                boolean counts = step.step().deadline() == deadline
                        && step.step().card() != null
                        && (!ticket.watches(deadline) || !step.dueOn().isAfter(today));
                if (counts) {
                    steps.add(step);
                    kept = higher(kept, step.step().card());
                }
            }
        }
        return new RecountedCard(ticket.getCard().compareTo(kept) < 0 ? ticket.getCard() : kept, steps);
    }

    private static TicketCard higher(TicketCard a, TicketCard b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
