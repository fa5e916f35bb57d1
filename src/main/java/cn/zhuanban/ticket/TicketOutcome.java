package cn.zhuanban.ticket;

/** What resolving achieved. "Solved" is this fact; "closed" is the ticket's state: both are reported. */
public enum TicketOutcome {
    SOLVED,
    PARTLY_SOLVED,
    NOT_SOLVABLE
}
