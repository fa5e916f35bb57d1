package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.schedule.StageGoals;
import cn.zhuanban.schedule.StageGoals.Status;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The stage goals behind the cockpit's chart: met on time, late, still ahead, or all that are due, across
 * the projects the user sees; each row opens its project's battle map. Exported as XLSX like every ledger.
 */
@Controller
class StageGoalController {

    private static final String VIEW = "hasAuthority('" + Permissions.PLAN_VIEW + "')";
    private static final List<String> HEADERS =
            List.of("stage-goals.project", "stage-goals.goal", "stage-goals.target", "stage-goals.finished");

    private final StageGoals goals;
    private final MessageSource messages;
    private final Clock clock;

    StageGoalController(StageGoals goals, MessageSource messages, Clock clock) {
        this.goals = goals;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/stage-goals")
    @PreAuthorize(VIEW)
    String list(
            @RequestParam(defaultValue = "DUE") Status status,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("q", q);
        model.addAttribute(
                "goals", goals.list(user, status, q, LocalDate.now(clock), PageQuery.ofList(page, size, 20)));
        model.addAttribute("today", LocalDate.now(clock));
        return "schedule/stage-goals";
    }

    @AuditedExport
    @GetMapping("/stage-goals/export")
    @PreAuthorize(VIEW)
    void export(
            @RequestParam(defaultValue = "DUE") Status status,
            @RequestParam(required = false) String q,
            CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String sheet = messages.getMessage("stage-goals.status." + status, null, locale);
        try (XlsxWriter writer = new XlsxWriter(
                sheet,
                HEADERS.stream().map(h -> messages.getMessage(h, null, locale)).toList())) {
            Pages.each(
                    slice -> goals.list(user, status, q, LocalDate.now(clock), slice),
                    g -> writer.row(g.projectName(), g.name(), g.target(), g.finished()));
            Downloads.xlsx(response, sheet + ".xlsx", writer);
        }
    }
}
