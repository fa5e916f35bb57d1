package cn.zhuanban.ticket;

import java.time.LocalDate;

/**
 * Where the ticket of a meeting action stands today (or stood at the end of a past meeting's day), for the next
 * meeting's review of what the last one decided: its state, card, resolve date and by how many working days it is late,
 * counted from the first deadline it missed as the escalation ladder counts its later rungs ({@code
 * Ticket#workingDaysOverdue}: a ticket never signed is late from its sign deadline, its resolve date still ahead); for a
 * ticket a past agenda lists, also the sign deadline it had then
 * ({@link PastActionStatuses#listedOn}), null where none is read.
 */
public record ActionTicketStatus(
        long ticketId,
        TicketState state,
        TicketCard card,
        LocalDate resolveBy,
        int workingDaysOverdue,
        LocalDate signBy) {

    public ActionTicketStatus(
            long ticketId, TicketState state, TicketCard card, LocalDate resolveBy, int workingDaysOverdue) {
        this(ticketId, state, card, resolveBy, workingDaysOverdue, null);
    }

    /** The ticket ended: closed, merged into another or rejected. */
    public boolean ended() {
        return state == TicketState.CLOSED || state == TicketState.MERGED || state == TicketState.REJECTED;
    }

    /**
     * How the meeting names it, the end of a {@code meeting.action.progress.} message key: done, red (red card),
     * overdue (past the first deadline it missed); otherwise the ticket's state ({@code TicketState} name, read with its own
     * label): a decision never signed reads 已交办, not 办理中. Minutes kept before say in-progress, which stays a key.
     */
    public String standing() {
        if (ended()) {
            return "done";
        }
        if (card == TicketCard.RED) {
            return "red";
        }
        return workingDaysOverdue > 0 ? "overdue" : state.name();
    }
}
