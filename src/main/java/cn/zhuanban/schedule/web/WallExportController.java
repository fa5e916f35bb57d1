package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.schedule.BattleMap;
import cn.zhuanban.schedule.MonthTarget;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The district wall chart as XLSX, for the meeting room's printout and the leaders' offline copy: every project the
 * filters and data scope give (not only the page on screen), and per month its target, how it stands and the planned
 * investment.
 */
@Controller
class WallExportController {

    private final BattleMap battleMap;
    private final MessageSource messages;
    private final Clock clock;

    WallExportController(BattleMap battleMap, MessageSource messages, Clock clock) {
        this.battleMap = battleMap;
        this.messages = messages;
        this.clock = clock;
    }

    @AuditedExport
    @GetMapping("/battle-map/export")
    @PreAuthorize(
            "hasAuthority('" + Permissions.PLAN_VIEW + "') and hasAuthority('" + Permissions.PROJECT_EXPORT + "')")
    void export(
            CurrentUser user,
            @RequestParam java.util.Map<String, String> params,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        WallQuery query = WallQuery.of(params); // a filter that cannot be read is left out, as on the page
        YearMonth first = query.first(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
        BattleMap.WallFilter filter = query.filter();
        List<String> headers = new ArrayList<>(List.of(
                LedgerText.of(messages, "wall.project", locale),
                LedgerText.of(messages, "project.light", locale),
                LedgerText.of(messages, "wall.lead", locale)));
        // A sheet's columns are read one by one (sorted, filtered, copied out), so every month carries its year.
        GanttSvg.Months names = new GanttSvg.Months(
                LedgerText.of(messages, "gantt.month.with-year", locale),
                LedgerText.of(messages, "gantt.month", locale),
                locale);
        for (int m = 0; m < BattleMapController.WALL_MONTHS; m++) {
            headers.add(names.name(first.plusMonths(m).atDay(1), true));
        }
        String title = LedgerText.of(messages, "wall.title", locale);
        try (XlsxWriter xlsx = new XlsxWriter(title, headers)) {
            Pages.each(
                    page -> battleMap.wall(filter, user, first, BattleMapController.WALL_MONTHS, page),
                    (BattleMap.Line line) -> xlsx.row(row(line, locale)));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    private Object[] row(BattleMap.Line line, Locale locale) {
        List<Object> cells = new ArrayList<>();
        cells.add(line.project().name());
        cells.add(LedgerText.of(messages, "light." + line.project().statusLight(), locale));
        cells.add(line.project().leadOfficialName());
        for (MonthTarget month : line.months()) {
            cells.add(cell(month, locale));
        }
        return cells.toArray();
    }

    /** "未完成 红灯：主体封顶、设备安装；计划投资 500 万元", empty for a month without a target. */
    private String cell(MonthTarget month, Locale locale) {
        if (month.rows().isEmpty() && month.plannedInvestment() == null) {
            return null;
        }
        StringBuilder text =
                new StringBuilder(LedgerText.of(messages, "plan.targets.status." + month.status(), locale));
        if (month.light() != null) {
            text.append(' ').append(LedgerText.of(messages, "light." + month.light(), locale));
        }
        if (!month.rows().isEmpty()) {
            text.append(LedgerText.of(messages, "wall.export.rows", locale))
                    .append(month.rows().stream().map(PlanSheet.Row::name).collect(Collectors.joining("、")));
        }
        if (month.plannedInvestment() != null) {
            text.append(messages.getMessage(
                    "wall.export.investment",
                    new Object[] {month.plannedInvestment().toPlainString()},
                    locale));
        }
        if (!month.stored() && !month.rows().isEmpty()) {
            text.append(LedgerText.of(messages, "wall.export.proposed", locale));
        }
        return text.toString();
    }
}
