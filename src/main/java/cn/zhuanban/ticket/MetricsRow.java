package cn.zhuanban.ticket;

/**
 * The metrics of domain.md §3 for one group (a department, project, category or month). Closed
 * and solved are separate facts: a ticket can be closed without being solved, and one closed after the reporter's
 * second dissatisfaction ({@code closedDissatisfied}, 不满意关闭) never counts as solved, whatever outcome was claimed.
 */
public record MetricsRow(
        String key,
        String label,
        long total,
        long closed,
        long closedOnTime,
        long solved,
        long closedDissatisfied,
        long rated,
        long satisfied,
        long reopened,
        long assigned,
        long returned,
        Double averageWorkingDays) {

    /** Closed of all reported: how much has been closed at all, whether solved or not. */
    public Double closeRate() {
        return rate(closed, total);
    }

    /**
     * Whether the group takes part in the ranking: a department with nothing closed has no on-time rate, so it is
     * neither good nor bad; the ranking lists it apart (暂无办结) rather than on the red or black list.
     */
    public boolean ranked() {
        return closed > 0;
    }

    public Double onTimeRate() {
        return rate(closedOnTime, closed);
    }

    public Double solveRate() {
        return rate(solved, closed);
    }

    public Double satisfactionRate() {
        return rate(satisfied, rated);
    }

    public Double reopenRate() {
        return rate(reopened, closed);
    }

    public Double returnRate() {
        return rate(returned, assigned);
    }

    public MetricsRow withLabel(String newLabel) {
        return new MetricsRow(
                key,
                newLabel,
                total,
                closed,
                closedOnTime,
                solved,
                closedDissatisfied,
                rated,
                satisfied,
                reopened,
                assigned,
                returned,
                averageWorkingDays);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
