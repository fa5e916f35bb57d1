package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import cn.zhuanban.ticket.MetricsDimension;
import cn.zhuanban.ticket.MetricsRow;
import cn.zhuanban.ticket.TicketMetrics;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The metrics table and the department ranking (红黑榜) as XLSX, for the weekly meeting's papers and the supervision
 * office's reports: the same rows, data scope and period as the pages (the metrics narrowed by the page's search, all
 * its pages), rates as percentages.
 */
@Controller
class TicketMetricsExportController {

    private static final String METRICS = "hasAuthority('" + Permissions.TICKET_METRICS + "')";
    private static final List<String> COUNTS = List.of(
            "ticket.metrics.group",
            "ticket.metrics.total",
            "ticket.metrics.closed",
            "ticket.metrics.solved",
            "ticket.metrics.closed-dissatisfied");
    private static final List<String> RATES = List.of(
            "ticket.metrics.close-rate",
            "ticket.metrics.solve",
            "ticket.metrics.on-time",
            "ticket.metrics.satisfaction",
            "ticket.metrics.reopen",
            "ticket.metrics.return");

    private final TicketMetrics metrics;
    private final MessageSource messages;
    private final Clock clock;

    TicketMetricsExportController(TicketMetrics metrics, MessageSource messages, Clock clock) {
        this.metrics = metrics;
        this.messages = messages;
        this.clock = clock;
    }

    @AuditedExport
    @GetMapping("/tickets/metrics/export")
    @PreAuthorize(METRICS)
    void metrics(
            @RequestParam(defaultValue = "DEPARTMENT") MetricsDimension dimension,
            @RequestParam(required = false) String q,
            PeriodChoice period,
            CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        String title = LedgerText.of(messages, "ticket.metrics.title", locale) + "（"
                + LedgerText.of(messages, "ticket.metrics.dimension." + dimension, locale) + "）";
        write(response, title, false, metrics.all(dimension, q, user, period.resolve(clock)), dimension, locale);
    }

    @AuditedExport
    @GetMapping("/tickets/ranking/export")
    @PreAuthorize(METRICS)
    void ranking(PeriodChoice period, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        write(
                response,
                LedgerText.of(messages, "ticket.ranking.title", locale),
                true,
                metrics.ranking(user, period.resolve(clock)),
                MetricsDimension.DEPARTMENT,
                locale);
    }

    private void write(
            HttpServletResponse response,
            String title,
            boolean ranked,
            List<MetricsRow> rows,
            MetricsDimension dimension,
            Locale locale)
            throws IOException {
        List<String> headers = new ArrayList<>();
        if (ranked) {
            headers.add(LedgerText.of(messages, "ticket.ranking.rank", locale));
        }
        COUNTS.forEach(key -> headers.add(LedgerText.of(messages, key, locale)));
        RATES.forEach(key -> headers.add(LedgerText.of(messages, key, locale) + " (%)"));
        headers.add(LedgerText.of(messages, "ticket.metrics.avg-days", locale));
        try (XlsxWriter xlsx = new XlsxWriter(title, headers)) {
            int rank = 0;
            for (MetricsRow r : rows) {
                List<Object> cells = new ArrayList<>();
                if (ranked) {
                    // A department with nothing closed has no rate and no rank (暂无办结); it comes last.
                    cells.add(r.ranked() ? Integer.valueOf(++rank) : null);
                }
                cells.addAll(Arrays.asList(
                        group(r, dimension, locale), r.total(), r.closed(), r.solved(), r.closedDissatisfied()));
                for (Double rate : Arrays.asList(
                        r.closeRate(),
                        r.solveRate(),
                        r.onTimeRate(),
                        r.satisfactionRate(),
                        r.reopenRate(),
                        r.returnRate())) {
                    cells.add(percent(rate));
                }
                cells.add(r.averageWorkingDays() == null ? null : Math.round(r.averageWorkingDays() * 10) / 10.0);
                xlsx.row(cells.toArray());
            }
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    /** As the page names the group: categories by their label, months by their key, the rest by name. */
    private String group(MetricsRow r, MetricsDimension dimension, Locale locale) {
        return switch (dimension) {
            case CATEGORY -> LedgerText.of(messages, "ticket.category." + r.key(), locale);
            case MONTH -> r.key();
            default -> r.label();
        };
    }

    private static Double percent(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }
}
