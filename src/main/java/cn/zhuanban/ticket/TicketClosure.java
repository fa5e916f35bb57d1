package cn.zhuanban.ticket;

/** How a closed ticket came to be closed. */
public enum TicketClosure {
    /** The reporter rated it (satisfied or basically satisfied). */
    RATED,
    /** The reporter did not answer within 3 working days. */
    NO_RESPONSE,
    /** Dissatisfied a second time: closed and escalated to the lead official. */
    DISSATISFIED_ESCALATED
}
