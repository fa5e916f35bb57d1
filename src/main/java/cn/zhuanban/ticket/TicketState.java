package cn.zhuanban.ticket;

/** The states of domain.md §3. MERGED, REJECTED and CLOSED are ends. */
public enum TicketState {
    REPORTED,
    ASSIGNED,
    RETURN_REQUESTED,
    IN_PROGRESS,
    RESOLVED,
    AWAITING_FEEDBACK,
    CLOSED,
    MERGED,
    REJECTED,
    SUSPENDED;

    public boolean isOpen() {
        return this != CLOSED && this != MERGED && this != REJECTED;
    }
}
