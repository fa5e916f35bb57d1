package cn.zhuanban.ticket.domain;

/**
 * What a closed ticket counts as in every metric, as SQL over alias {@code t}: the one place that decides "solved", so
 * the metrics table, the ranking (红黑榜), their exports, the API, the cockpit and the ticket list's "solved" filter
 * agree. Closed and solved are different facts (domain.md §3): a ticket the reporter was dissatisfied with a second
 * time is closed and escalated, whatever outcome the department claimed, so it is not solved; it is counted apart.
 */
final class ClosedFacts {

    private ClosedFacts() {}

    /** Closed after the reporter's second dissatisfaction (不满意关闭), escalated to the lead official. */
    static final String CLOSED_DISSATISFIED = "(t.state = 'CLOSED' and t.closure = 'DISSATISFIED_ESCALATED')";

    /** Closed with the outcome SOLVED and not closed by the reporter's second dissatisfaction. */
    static final String SOLVED = "(t.state = 'CLOSED' and t.outcome = 'SOLVED'"
            + " and (t.closure is null or t.closure <> 'DISSATISFIED_ESCALATED'))";
}
