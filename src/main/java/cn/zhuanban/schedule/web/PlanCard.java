package cn.zhuanban.schedule.web;

import cn.zhuanban.schedule.MonthTarget;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.ScheduleView;
import cn.zhuanban.schedule.TargetStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * What the project page's plan card shows, read off the sheet and the monthly targets the plan page computes: the
 * scheduled finish against the target and by how many working days the plan falls short, the next stage goal not yet
 * reached, this month's target and how many past months' targets are still missed.
 *
 * @param planned whether the project has a stored plan with rows; the rest means nothing without one
 * @param shortBy the most working days any task is short of its target, 0 when the plan is feasible
 * @param nextGoal the unfinished stage goal (a milestone with a target date) due first, or null
 * @param thisMonth this month's target, or null when the month has none
 * @param thisMonthDone how many of this month's rows are finished
 * @param missedMonths past months whose target is still missed (they make the project red)
 */
record PlanCard(
        boolean planned,
        LocalDate finish,
        LocalDate target,
        int shortBy,
        PlanSheet.Row nextGoal,
        MonthTarget thisMonth,
        long thisMonthDone,
        long missedMonths) {

    static PlanCard of(PlanSheet sheet, List<MonthTarget> targets, LocalDate today) {
        boolean planned = sheet.version() != null && !sheet.rows().isEmpty();
        YearMonth month = YearMonth.from(today);
        MonthTarget current = targets.stream()
                .filter(t -> t.month().equals(month) && t.status() != TargetStatus.NONE)
                .findFirst()
                .orElse(null);
        return new PlanCard(
                planned,
                sheet.schedule().finish(),
                sheet.targetFinish(),
                sheet.schedule().shortfalls().stream()
                        .mapToInt(ScheduleView.Shortfall::workingDays)
                        .max()
                        .orElse(0),
                sheet.rows().stream()
                        .filter(r -> r.milestone() && r.targetDate() != null && r.actualFinish() == null)
                        .min(Comparator.comparing(PlanSheet.Row::targetDate))
                        .orElse(null),
                current,
                current == null
                        ? 0
                        : current.rows().stream()
                                .filter(r -> r.actualFinish() != null)
                                .count(),
                targets.stream().filter(t -> t.status() == TargetStatus.MISSED).count());
    }

    public boolean feasible() {
        return shortBy <= 0;
    }

    public long thisMonthOpen() {
        return thisMonth == null ? 0 : thisMonth.rows().size() - thisMonthDone;
    }
}
