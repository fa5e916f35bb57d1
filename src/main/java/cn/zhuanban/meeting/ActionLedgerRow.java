package cn.zhuanban.meeting;

import cn.zhuanban.ticket.ActionTicketStatus;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One decision of a weekly meeting as the ledger lists it: which meeting took it, what was decided on which project,
 * who owns it by when, and whether it was closed (on time or late) or is still open; its ticket's state (a
 * {@code TicketState} name) says how far the department has got.
 *
 * @param ticketOverdue its ticket is overdue on the day the ledger was read as of, on any deadline the ticket counts
 *     (not signed in time, or past its resolve date): the decision is overdue too
 * @param missed the deadline its ticket missed first and its date, as the ticket module tells it ({@link
 *     ActionTicketStatus#missed}: the earliest missed of sign, first feedback and resolve, the one the ticket's page
 *     names); null when not known or not late
 * @param workingDaysOverdue how many working days late its ticket is from that deadline, 0 without one
 */
public record ActionLedgerRow(
        long id,
        long meetingId,
        int meetingNumber,
        LocalDate heldOn,
        long taskForceId,
        String taskForceName,
        String decision,
        Long projectId,
        String projectName,
        String ownerDepartmentName,
        String ownerName,
        LocalDate deadline,
        boolean open,
        LocalDate closedOn,
        Long ticketId,
        String ticketState,
        boolean ticketOverdue,
        ActionTicketStatus.Missed missed,
        int workingDaysOverdue) {

    /** The row with where its ticket stood on the ledger's day as the ticket module tells it (null: none known). */
    public ActionLedgerRow withTicket(ActionTicketStatus status) {
        if (status == null) {
            return this;
        }
        return new ActionLedgerRow(
                id,
                meetingId,
                meetingNumber,
                heldOn,
                taskForceId,
                taskForceName,
                decision,
                projectId,
                projectName,
                ownerDepartmentName,
                ownerName,
                deadline,
                open,
                closedOn,
                ticketId,
                ticketState,
                ticketOverdue,
                status.missed(),
                status.missed() == null ? 0 : status.workingDaysOverdue());
    }

    /** The row with its deadline the one its ticket missed (the briefings' overdue list), when that is known. */
    public ActionLedgerRow dueOnMissed() {
        if (missed == null) {
            return this;
        }
        return new ActionLedgerRow(
                id,
                meetingId,
                meetingNumber,
                heldOn,
                taskForceId,
                taskForceName,
                decision,
                projectId,
                projectName,
                ownerDepartmentName,
                ownerName,
                missed.on(),
                open,
                closedOn,
                ticketId,
                ticketState,
                ticketOverdue,
                missed,
                workingDaysOverdue);
    }

    /** Open past its deadline or with its ticket overdue, or closed after its deadline. */
    public boolean late(LocalDate today) {
        return open ? ticketOverdue || deadline.isBefore(today) : closedOn != null && closedOn.isAfter(deadline);
    }

    /**
     * Where it stands in words of the ledger: open, open-late, closed or closed-late (the message key's end, whose
     * argument is {@link #workingDaysOverdue}); open and late with its ticket's missed deadline known, open-late-sign,
     * open-late-feedback or open-late-resolve, naming it as the ticket's page does: a decision whose ticket was never
     * signed is 签收超期, its completion date still ahead.
     */
    public String standing(LocalDate today) {
        String standing = (open ? "open" : "closed") + (late(today) ? "-late" : "");
        return open && late(today) && missed != null
                ? standing + "-" + missed.deadline().name().toLowerCase(Locale.ROOT)
                : standing;
    }
}
