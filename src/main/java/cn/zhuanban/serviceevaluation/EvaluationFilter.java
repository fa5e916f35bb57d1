package cn.zhuanban.serviceevaluation;

import java.time.YearMonth;

/**
 * The ledger's filters: task force, project, a month range (both ends included), the rating and {@code q}, part of the
 * enterprise's or the project's name. Without a range the ledger shows the last twelve months, the period of the
 * satisfaction rates.
 */
public record EvaluationFilter(
        Long taskForceId, Long projectId, YearMonth from, YearMonth to, ServiceRating rating, String q) {

    /** The filters without a name search. */
    public EvaluationFilter(Long taskForceId, Long projectId, YearMonth from, YearMonth to, ServiceRating rating) {
        this(taskForceId, projectId, from, to, rating, null);
    }

    /** Months a rate is taken over when no range is given: this month and the eleven before it. */
    public static final int RATE_MONTHS = 12;

    /** The same filter with the default range filled in, given this month. */
    public EvaluationFilter within(YearMonth thisMonth) {
        YearMonth end = to == null ? thisMonth : to;
        YearMonth start = from == null ? end.minusMonths(RATE_MONTHS - 1L) : from;
        return new EvaluationFilter(taskForceId, projectId, start, end, rating, q);
    }

    public static EvaluationFilter ofTaskForce(long taskForceId) {
        return new EvaluationFilter(taskForceId, null, null, null, null);
    }
}
