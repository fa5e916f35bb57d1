package cn.zhuanban.dashboard.cockpit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the cockpit's charts draw, labels already in the user's language and each figure with
 * the link to the rows behind it (the JSON the chart script reads; no text is made in the browser).
 * The ticket ranking, leads funnel, quarterly cohorts and stage goals are empty when the user may not
 * see those lists.
 */
public record CockpitData(
        int year,
        List<Slice> lights,
        List<Slice> levels,
        List<Slice> stages,
        List<Month> months,
        List<Figure> figures,
        List<Slice> ranking,
        List<Slice> funnel,
        List<Slice> cohorts,
        List<Slice> goals) {

    /** One bar or pie slice: a key (enum name), its label, a count and the list it links to. */
    /** A part of a chart; {@code count} is null where there is nothing to count (a department with nothing closed). */
    public record Slice(String key, String label, Long count, String link) {

        public Slice(String key, String label, long count, String link) {
            this(key, label, Long.valueOf(count), link);
        }
    }

    /** One month of the plan-vs-completed chart (万元); the link opens that month's reports. */
    public record Month(String label, BigDecimal planned, BigDecimal completed, String link) {}

    /**
     * A key figure above the charts: {@code value} as the page shows it; {@code number} the same figure as a number
     * (a count or an amount in 万元) for the report files' numeric cells, null where it is a rate or no figure at all
     * (未填报计划); {@code rate} a rate's fraction (0.75 for 75%) for their percent cells, null where it is not a rate
     * or there was nothing to divide by.
     */
    public record Figure(String key, String label, String value, String link, Number number, Double rate) {

        public Figure(String key, String label, String value, String link) {
            this(key, label, value, link, null, null);
        }

        public Figure(String key, String label, String value, String link, Number number) {
            this(key, label, value, link, number, null);
        }
    }
}
