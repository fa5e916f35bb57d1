package cn.zhuanban.ticket;

/** The "my to-do" lists: what waits for the dispatch office, the departments and the reporters. */
public enum TicketTodo {
    TO_ASSIGN,
    TO_SIGN,
    OVERDUE,
    TO_REVIEW,
    TO_RATE,
    /** Rejections the dispatch office proposed, for the lead official to confirm. */
    TO_CONFIRM_REJECTION
}
