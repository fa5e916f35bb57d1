package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.TicketState;

/** One recorded move: its action name, the states before and after, and the reason given. */
public record Step(int number, String action, TicketState from, TicketState to, String reason) {}
