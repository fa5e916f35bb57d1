package cn.zhuanban.ticket;

/** Yellow when one working day remains, red when overdue. */
public enum TicketCard {
    NONE,
    YELLOW,
    RED
}
