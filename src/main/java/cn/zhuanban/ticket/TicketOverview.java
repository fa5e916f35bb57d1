package cn.zhuanban.ticket;

/**
 * The ticket figures of the cockpit and the generated reports in one aggregate row: open (not
 * closed, merged or rejected), overdue (as the OVERDUE to-do list counts), closed, solved, rated and
 * satisfied (satisfied or basically satisfied) among the closed ones.
 */
public record TicketOverview(long open, long overdue, long closed, long solved, long rated, long satisfied) {

    /** Satisfied of rated, or null when nothing was rated. */
    public Double satisfactionRate() {
        return rated == 0 ? null : (double) satisfied / rated;
    }
}
