package cn.zhuanban.ticket;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Where the ticket of a meeting action stands today (or stood at the end of a past meeting's day), for the next
 * meeting's review of what the last one decided: its state, card, resolve date and by how many working days it is late,
 * counted from the first deadline it missed as the escalation ladder counts its later rungs ({@code
 * Ticket#workingDaysOverdue}: a ticket never signed is late from its sign deadline, its resolve date still ahead), and
 * which deadline that is ({@code missed}, null when it is not late), so that the meeting names it as the ticket's page
 * does (签收超期, not 已超期 of a decision whose completion date is still ahead); for a ticket a past agenda lists,
 * also the sign deadline it had then ({@link PastActionStatuses#listedOn}), null where none is read.
 */
public record ActionTicketStatus(
        long ticketId,
        TicketState state,
        TicketCard card,
        LocalDate resolveBy,
        int workingDaysOverdue,
        LocalDate signBy,
        Missed missed) {

    /**
     * The deadline a late ticket missed first, the one its lateness counts from ({@code Ticket#firstWatched}), and its
     * date.
     */
    public record Missed(TicketDeadline deadline, LocalDate on) {

        /** The missed deadline of a ticket {@code days} late whose first watched deadline is {@code first}, else null. */
        static Missed of(int days, TicketDeadline first, LocalDate on) {
            return days > 0 && first != null && on != null ? new Missed(first, on) : null;
        }
    }

    /** The ticket ended: closed, merged into another or rejected. */
    public boolean ended() {
        return state == TicketState.CLOSED || state == TicketState.MERGED || state == TicketState.REJECTED;
    }

    /**
     * How the meeting names it, the end of a {@code meeting.action.progress.} message key: done, red (red card),
     * overdue (past the first deadline it missed, {@link #overdue}); otherwise the ticket's state ({@code TicketState}
     * name, read with its own label): a decision never signed reads 已交办, not 办理中. Minutes kept before say
     * in-progress or overdue without the deadline, which stay keys.
     */
    public String standing() {
        if (ended()) {
            return "done";
        }
        if (card == TicketCard.RED) {
            return "red";
        }
        return workingDaysOverdue > 0 ? overdue() : state.name();
    }

    /**
     * The words of its lateness, a key's end: overdue-sign, overdue-feedback or overdue-resolve, naming the deadline
     * missed; overdue where it is not known.
     */
    public String overdue() {
        return missed == null
                ? "overdue"
                : "overdue-" + missed.deadline().name().toLowerCase(Locale.ROOT);
    }
}
