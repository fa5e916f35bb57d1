package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.MetricsDimension;
import cn.zhuanban.ticket.MetricsPeriod;
import cn.zhuanban.ticket.MetricsRow;
import cn.zhuanban.ticket.TicketMetrics;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The metrics page (by department, project, category, month) and the department ranking (红黑榜). */
@Controller
class TicketMetricsController {

    /** Groups per page: a province has thousands of projects with tickets. */
    private static final int ROWS = 50;

    private final TicketMetrics metrics;
    private final MetricsCharts charts;
    private final Clock clock;

    TicketMetricsController(TicketMetrics metrics, MetricsCharts charts, Clock clock) {
        this.metrics = metrics;
        this.charts = charts;
        this.clock = clock;
    }

    @GetMapping("/tickets/metrics")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_METRICS + "')")
    String metrics(
            @RequestParam(defaultValue = "DEPARTMENT") MetricsDimension dimension,
            @RequestParam(required = false) String q,
            PeriodChoice period,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Locale locale,
            Model model) {
        model.addAttribute("dimension", dimension);
        model.addAttribute("dimensions", MetricsDimension.values());
        model.addAttribute("q", q);
        MetricsPeriod chosen = period(period, model);
        model.addAttribute("result", metrics.page(dimension, q, user, chosen, PageQuery.ofList(page, size, ROWS)));
        List<MetricsRow> months = metrics.by(MetricsDimension.MONTH, user, chosen);
        model.addAttribute("monthChart", months.isEmpty() ? null : charts.byMonth(months, locale));
        return "ticket/metrics";
    }

    @GetMapping("/tickets/ranking")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_METRICS + "')")
    String ranking(PeriodChoice period, CurrentUser user, Locale locale, Model model) {
        List<MetricsRow> rows = metrics.ranking(user, period(period, model));
        // Only departments with something closed have a rate to rank by; the others are listed apart.
        List<MetricsRow> ranked = rows.stream().filter(MetricsRow::ranked).toList();
        model.addAttribute("rows", ranked);
        model.addAttribute("lists", RankingLists.of(ranked));
        model.addAttribute("unranked", rows.stream().filter(r -> !r.ranked()).toList());
        model.addAttribute("rankingChart", ranked.isEmpty() ? null : charts.ranking(ranked, locale));
        return "ticket/ranking";
    }

    /** The period chosen, resolved against today, and what the period form and the export link show. */
    private MetricsPeriod period(PeriodChoice choice, Model model) {
        MetricsPeriod period = choice.resolve(clock);
        model.addAttribute("period", period);
        model.addAttribute("periods", MetricsPeriod.Kind.values());
        return period;
    }
}
