package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.schedule.MonthTarget;
import cn.zhuanban.schedule.PlanBaselines;
import cn.zhuanban.schedule.PlanCalendars;
import cn.zhuanban.schedule.PlanProgress;
import cn.zhuanban.schedule.PlanRowEditing;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.PlanTargets;
import cn.zhuanban.schedule.Scheduling;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the plan page shows beside the table: the calendar in use and the variance against a baseline (part of the
 * sheet fragment, since every edit can change them), and for the whole page the baselines, the months around today
 * with their targets, and the latest progress reports. Whether the user may change the plan ({@code planEditable}) is
 * the permission {@link PlanController} asks for: the others get the table as text, not inputs that answer 403. The
 * years the plan reaches into without the district's holiday data are named above the table, as they may still move.
 * An editor's rows offer the district's departments to answer for them.
 */
@Component
class PlanSheetExtras {

    private static final int RECENT_REPORTS = 10;

    private final PlanCalendars plans;
    private final PlanBaselines baselines;
    private final PlanTargets targets;
    private final PlanProgress progress;
    private final Scheduling scheduling;
    private final PlanRowEditing rows;
    private final Clock clock;

    PlanSheetExtras(
            PlanCalendars plans,
            PlanBaselines baselines,
            PlanTargets targets,
            PlanProgress progress,
            Scheduling scheduling,
            PlanRowEditing rows,
            Clock clock) {
        this.plans = plans;
        this.rows = rows;
        this.scheduling = scheduling;
        this.baselines = baselines;
        this.targets = targets;
        this.progress = progress;
        this.clock = clock;
    }

    void sheet(Model model, PlanSheet sheet, CurrentUser user, Long baselineId) {
        boolean editable = user.can(Permissions.PLAN_EDIT);
        model.addAttribute("planEditable", editable);
        model.addAttribute("departments", editable ? rows.departments() : List.of());
        model.addAttribute("sevenDayWeek", plans.sevenDayWeek(sheet.projectId(), user));
        model.addAttribute("calendarDays", plans.calendarDays(sheet.projectId(), user));
        model.addAttribute("comparison", baselines.compare(sheet, baselineId));
        model.addAttribute("missingHolidayYears", scheduling.yearsWithoutHolidays(sheet));
        model.addAttribute("progressNotice", ProgressNotice.of(sheet, LocalDate.now(clock)));
    }

    void page(Model model, PlanSheet sheet, CurrentUser user, Long baselineId) {
        sheet(model, sheet, user, baselineId);
        model.addAttribute("baselines", baselines.baselines(sheet.projectId(), user));
        YearMonth now = YearMonth.now(clock);
        List<MonthTarget> around = targets.targets(sheet).stream()
                .filter(t ->
                        !t.month().isBefore(now.minusMonths(1)) && !t.month().isAfter(now.plusMonths(1)))
                .toList();
        model.addAttribute("monthTargets", around);
        model.addAttribute(
                "history",
                progress.history(sheet.projectId(), user, null).stream()
                        .limit(RECENT_REPORTS)
                        .toList());
    }
}
