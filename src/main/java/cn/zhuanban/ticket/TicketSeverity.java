package cn.zhuanban.ticket;

/** Ordinary problems resolve within 7 working days, complex ones within 22 (defaults, data). */
public enum TicketSeverity {
    NORMAL,
    COMPLEX,
    URGENT
}
