package cn.zhuanban.investment.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentReports;
import cn.zhuanban.investment.InvestmentViews.BoardColumn;
import cn.zhuanban.investment.InvestmentViews.FunnelStep;
import cn.zhuanban.investment.InvestmentViews.LeadFilter;
import cn.zhuanban.investment.LeadChannel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The pipeline board by stage, the funnel with conversion rates, and conversion by channel. */
@Controller
class PipelineController {

    private final InvestmentManagement investment;
    private final InvestmentReports reports;
    private final LeadChoices choices;
    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json;

    PipelineController(
            InvestmentManagement investment,
            InvestmentReports reports,
            LeadChoices choices,
            MessageSource messages,
            JsonMapper json,
            Clock clock) {
        this.investment = investment;
        this.reports = reports;
        this.choices = choices;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/investment/board")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_VIEW + "')")
    String board(@RequestParam(required = false) LeadChannel channel, CurrentUser user, Model model) {
        LeadFilter filter = LeadFilter.ofChannel(channel);
        List<BoardColumn> columns = investment.board(user, filter);
        model.addAttribute("columns", columns);
        model.addAttribute("channel", channel);
        model.addAttribute("channels", LeadChannel.values());
        choices.namesFor(columns.stream().flatMap(c -> c.leads().stream()).toList(), model);
        return "investment/board";
    }

    @GetMapping("/investment/funnel")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_VIEW + "')")
    String funnel(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentUser user,
            Locale locale,
            Model model) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? defaultFrom(end) : from;
        List<FunnelStep> steps = reports.funnel(user, start, end);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("steps", steps);
        model.addAttribute("channelRates", reports.byChannel(user, start, end));
        model.addAttribute(
                "funnelJson",
                json.writeValueAsString(steps.stream()
                        .map(s -> Map.of(
                                "name",
                                messages.getMessage("attraction.stage." + s.stage(), null, locale),
                                "value",
                                s.reached()))
                        .toList()));
        return "investment/funnel";
    }

    /** Without a start date the funnel counts from the first of January of the year before the end date. */
    static LocalDate defaultFrom(LocalDate end) {
        return end.withDayOfYear(1).minusYears(1);
    }
}
