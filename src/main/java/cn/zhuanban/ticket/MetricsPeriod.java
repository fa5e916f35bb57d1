package cn.zhuanban.ticket;

import java.time.LocalDate;

/**
 * Which tickets the metrics and the ranking (红黑榜) count, by the day each was reported: this month, this quarter,
 * this year, the days chosen (either end may be left open), or all. {@code from} and {@code to} are inclusive days in
 * the district; null is open.
 */
public record MetricsPeriod(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        MONTH,
        QUARTER,
        YEAR,
        CUSTOM,
        ALL
    }

    public static final MetricsPeriod ALL = new MetricsPeriod(Kind.ALL, null, null);

    /** The period as chosen on a page: the custom days only count for {@link Kind#CUSTOM}, in either order. */
    public static MetricsPeriod of(Kind kind, LocalDate from, LocalDate to, LocalDate today) {
        return switch (kind == null ? Kind.ALL : kind) {
            case MONTH -> new MetricsPeriod(Kind.MONTH, today.withDayOfMonth(1), today);
            case QUARTER ->
                new MetricsPeriod(
                        Kind.QUARTER,
                        today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1),
                        today);
            case YEAR -> new MetricsPeriod(Kind.YEAR, today.withDayOfYear(1), today);
            case CUSTOM ->
                from != null && to != null && from.isAfter(to)
                        ? new MetricsPeriod(Kind.CUSTOM, to, from)
                        : new MetricsPeriod(Kind.CUSTOM, from, to);
            case ALL -> ALL;
        };
    }

    /** Whether every ticket counts (no day bounds). */
    public boolean all() {
        return from == null && to == null;
    }
}
