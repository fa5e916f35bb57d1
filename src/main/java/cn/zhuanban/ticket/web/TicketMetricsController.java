package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.ticket.MetricsDimension;
import cn.zhuanban.ticket.TicketMetrics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The metrics page (by department, project, category, month) and the department ranking (红黑榜). */
@Controller
class TicketMetricsController {

    private final TicketMetrics metrics;

    TicketMetricsController(TicketMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/tickets/metrics")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_METRICS + "')")
    String metrics(
            @RequestParam(defaultValue = "DEPARTMENT") MetricsDimension dimension, CurrentUser user, Model model) {
        model.addAttribute("dimension", dimension);
        model.addAttribute("dimensions", MetricsDimension.values());
        model.addAttribute("rows", metrics.by(dimension, user));
        return "ticket/metrics";
    }

    @GetMapping("/tickets/ranking")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_METRICS + "')")
    String ranking(CurrentUser user, Model model) {
        model.addAttribute("rows", metrics.ranking(user));
        return "ticket/ranking";
    }
}
