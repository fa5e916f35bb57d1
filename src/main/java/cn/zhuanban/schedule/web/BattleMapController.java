package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.schedule.BattleMap;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.Scheduling;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The battle map: a project's Gantt chart (page and SVG download) and the district wall chart. */
@Controller
class BattleMapController {

    private static final String VIEW = "hasAuthority('" + Permissions.PLAN_VIEW + "')";
    static final int WALL_MONTHS = 12;

    private final PlanManagement plans;
    private final BattleMap battleMap;
    private final UserDirectory directory;
    private final IndustryManagement industry;
    private final MessageSource messages;
    private final Scheduling scheduling;
    private final Clock clock;

    BattleMapController(
            PlanManagement plans,
            BattleMap battleMap,
            UserDirectory directory,
            IndustryManagement industry,
            MessageSource messages,
            Scheduling scheduling,
            Clock clock) {
        this.scheduling = scheduling;
        this.plans = plans;
        this.battleMap = battleMap;
        this.directory = directory;
        this.industry = industry;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/projects/{id}/battle-map")
    @PreAuthorize(VIEW)
    String gantt(@PathVariable long id, CurrentUser user, @RequestParam(required = false) String paper, Model model) {
        PlanSheet sheet = plans.sheet(id, user);
        GanttSvg.Paper size = GanttSvg.Paper.parse(paper);
        model.addAttribute("sheet", sheet);
        model.addAttribute("screen", GanttSvg.screen(sheet, today(), labels()));
        model.addAttribute("paper", size.name());
        model.addAttribute("papers", GanttSvg.Paper.values());
        model.addAttribute("printPages", GanttSvg.pages(sheet, today(), labels(), size));
        model.addAttribute("missingHolidayYears", scheduling.yearsWithoutHolidays(sheet));
        model.addAttribute("today", today());
        model.addAttribute("progressNotice", ProgressNotice.of(sheet, today()));
        return "schedule/gantt";
    }

    @AuditedExport
    @GetMapping("/projects/{id}/battle-map.svg")
    @PreAuthorize(VIEW)
    ResponseEntity<String> download(@PathVariable long id, CurrentUser user) {
        PlanSheet sheet = plans.sheet(id, user);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Downloads.attachment(
                                PlanFileNames.of(
                                        messages,
                                        LocaleContextHolder.getLocale(),
                                        "plan.battle-map",
                                        sheet.projectName(),
                                        "svg"),
                                "plan-" + id + ".svg"))
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + GanttSvg.standalone(svg(sheet)));
    }

    @GetMapping("/battle-map")
    @PreAuthorize(VIEW)
    String wall(
            CurrentUser user,
            @RequestParam java.util.Map<String, String> params,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String paper,
            Model model) {
        WallQuery query = WallQuery.of(params);
        YearMonth first = query.first(today());
        BattleMap.WallFilter filter = query.filter();
        PageResult<BattleMap.Line> result = battleMap.wall(
                filter, user, first, WALL_MONTHS, PageQuery.of(page, size == null ? BattleMap.PAGE_SIZE : size));
        model.addAttribute("result", result);
        model.addAttribute("paper", GanttSvg.Paper.parse(paper).name());
        model.addAttribute("papers", GanttSvg.Paper.values());
        model.addAttribute("lines", result.content());
        GanttSvg.Months names = labels().months();
        // As on the Gantt scale: the first column and each January carry the year, the others the month alone.
        model.addAttribute(
                "months",
                java.util.stream.IntStream.range(0, WALL_MONTHS)
                        .mapToObj(m -> names.name(
                                first.plusMonths(m).atDay(1),
                                m == 0 || first.plusMonths(m).getMonthValue() == 1))
                        .toList());
        model.addAttribute("filter", filter);
        model.addAttribute("ignoredFilters", query.ignored());
        model.addAttribute("from", first);
        model.addAttribute(
                "missingHolidayYears",
                scheduling.yearsWithoutHolidays(
                        first.atDay(1), first.plusMonths(WALL_MONTHS - 1).atEndOfMonth()));
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("leadOfficials", directory.withRole(BuiltinRoles.LEAD_OFFICIAL));
        model.addAttribute(
                "chains", industry.chains(PageQuery.of(0, PageQuery.MAX_SIZE)).content());
        model.addAttribute(
                "chainNodes",
                industry.allNodes().stream()
                        .filter(n -> query.chainId() == null || n.chainId() == query.chainId())
                        .toList());
        return "schedule/wall";
    }

    private String svg(PlanSheet sheet) {
        return GanttSvg.draw(sheet, today(), labels());
    }

    private GanttSvg.Labels labels() {
        var locale = LocaleContextHolder.getLocale();
        return new GanttSvg.Labels(
                messages.getMessage("gantt.today", null, locale),
                messages.getMessage("plan.late-start", null, locale),
                messages.getMessage("plan.total-float", null, locale),
                messages.getMessage("gantt.actual", null, locale),
                messages.getMessage("gantt.in-progress", null, locale),
                new GanttSvg.Months(
                        messages.getMessage("gantt.month.with-year", null, locale),
                        messages.getMessage("gantt.month", null, locale),
                        locale));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }
}
