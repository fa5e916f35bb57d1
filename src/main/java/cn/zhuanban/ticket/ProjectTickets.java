package cn.zhuanban.ticket;

import java.util.List;

/**
 * A project's open tickets as its page shows them: how many, how many carry a red or a yellow card, how many are
 * overdue (as the OVERDUE to-do list counts), and the newest few; all within the user's ticket scope.
 */
public record ProjectTickets(long open, long red, long yellow, long overdue, List<TicketSummary> latest) {

    public ProjectTickets {
        latest = List.copyOf(latest);
    }
}
