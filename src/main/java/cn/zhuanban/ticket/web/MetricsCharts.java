package cn.zhuanban.ticket.web;

import cn.zhuanban.ticket.MetricsRow;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the metrics charts, as JSON for {@code ticket-metrics.js}: rates in per cent by
 * month (closed and solved as separate lines) and by department in ranking order. Labels are
 * translated here; the script holds no text.
 */
@Component
class MetricsCharts {

    record Series(String name, String type, List<Double> data) {}

    record Chart(List<String> categories, boolean horizontal, List<Series> series) {}

    private final MessageSource messages;
    private final JsonMapper json;

    MetricsCharts(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    String byMonth(List<MetricsRow> months, Locale locale) {
        List<String> categories = months.stream().map(MetricsRow::key).toList();
        return json.writeValueAsString(new Chart(
                categories,
                false,
                List.of(
                        series("ticket.metrics.close-rate", "line", months, MetricsRow::closeRate, locale),
                        series("ticket.metrics.solve", "line", months, MetricsRow::solveRate, locale),
                        series("ticket.metrics.on-time", "line", months, MetricsRow::onTimeRate, locale),
                        series("ticket.metrics.satisfaction", "line", months, MetricsRow::satisfactionRate, locale))));
    }

    String ranking(List<MetricsRow> departments, Locale locale) {
        List<String> categories = departments.stream()
                .map(r -> r.label() == null ? r.key() : r.label())
                .toList();
        return json.writeValueAsString(new Chart(
                categories,
                true,
                List.of(
                        series("ticket.metrics.on-time", "bar", departments, MetricsRow::onTimeRate, locale),
                        series("ticket.metrics.close-rate", "bar", departments, MetricsRow::closeRate, locale),
                        series("ticket.metrics.solve", "bar", departments, MetricsRow::solveRate, locale))));
    }

    private Series series(
            String key, String type, List<MetricsRow> rows, Function<MetricsRow, Double> rate, Locale locale) {
        return new Series(
                messages.getMessage(key, null, locale),
                type,
                rows.stream().map(rate).map(MetricsCharts::percent).toList());
    }

    private static Double percent(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }
}
