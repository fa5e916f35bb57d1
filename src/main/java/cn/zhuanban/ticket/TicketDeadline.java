package cn.zhuanban.ticket;

/**
 * The three time limits of an assignment ("13710", domain.md §3), each watched by the escalation
 * job: sign, first feedback and resolve.
 */
public enum TicketDeadline {
    SIGN,
    FEEDBACK,
    RESOLVE
}
