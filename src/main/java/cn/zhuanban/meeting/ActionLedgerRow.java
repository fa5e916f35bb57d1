package cn.zhuanban.meeting;

import java.time.LocalDate;

/**
 * One decision of a weekly meeting as the ledger lists it: which meeting took it, what was decided on which project,
 * who owns it by when, and whether it was closed (on time or late) or is still open; its ticket's state (a
 * {@code TicketState} name) says how far the department has got.
 *
 * @param ticketOverdue its ticket is overdue on the day the ledger was read as of, on any deadline the ticket counts
 *     (not signed in time, or past its resolve date): the decision is overdue too
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
        boolean ticketOverdue) {

    /** Open past its deadline or with its ticket overdue, or closed after its deadline. */
    public boolean late(LocalDate today) {
        return open ? ticketOverdue || deadline.isBefore(today) : closedOn != null && closedOn.isAfter(deadline);
    }

    /** Where it stands in words of the ledger: open, open-late, closed or closed-late (the message key's end). */
    public String standing(LocalDate today) {
        return (open ? "open" : "closed") + (late(today) ? "-late" : "");
    }
}
