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

    /** Not closed by the reporter's second dissatisfaction (the closure is that fact; null before a ticket closes). */
    private static final String NOT_CLOSED_DISSATISFIED =
            "(t.closure is null or t.closure <> 'DISSATISFIED_ESCALATED')";

    /** Closed with the outcome SOLVED and not closed by the reporter's second dissatisfaction. */
    static final String SOLVED = "(t.state = 'CLOSED' and t.outcome = 'SOLVED' and " + NOT_CLOSED_DISSATISFIED + ")";

    /**
     * Closed with the outcome of parameter {@code :outcome} and not closed by the reporter's second dissatisfaction:
     * every outcome filter of the lists (solved, partly solved, not solvable). A dissatisfied closure is counted apart
     * (不满意关闭, its own to-do list), whatever outcome the department claimed, so no outcome filter lists it.
     */
    static final String CLOSED_WITH_OUTCOME =
            "(t.state = 'CLOSED' and t.outcome = :outcome and " + NOT_CLOSED_DISSATISFIED + ")";
}
