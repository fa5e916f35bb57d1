package cn.zhuanban.ticket;

/** The reporter's answer when asked whether the problem was dealt with. */
public enum TicketRating {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED;

    public boolean satisfied() {
        return this != DISSATISFIED;
    }
}
