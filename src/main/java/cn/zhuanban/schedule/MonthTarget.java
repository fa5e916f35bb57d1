package cn.zhuanban.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's target of a plan: the rows that must be finished in it (as set on the targets page, else the rows whose
 * late finish falls in it) and the planned investment in 万元, with how the target stands.
 *
 * @param stored whether someone set this month's target, rather than the plan proposing it
 */
public record MonthTarget(
        YearMonth month,
        List<PlanSheet.Row> rows,
        boolean stored,
        BigDecimal plannedInvestment,
        String note,
        TargetStatus status) {

    public String keys() {
        return String.join(", ", rows.stream().map(PlanSheet.Row::key).toList());
    }

    /** Judges a month's rows against their actual finishes as of {@code today}. */
    static TargetStatus judge(YearMonth month, List<PlanSheet.Row> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return TargetStatus.NONE;
        }
        YearMonth current = YearMonth.from(today);
        if (month.isAfter(current)) {
            return TargetStatus.PLANNED;
        }
        LocalDate end = month.atEndOfMonth();
        boolean allDone = rows.stream().allMatch(r -> r.actualFinish() != null);
        boolean onTime =
                allDone && rows.stream().noneMatch(r -> r.actualFinish().isAfter(end));
        if (onTime) {
            return TargetStatus.MET;
        }
        if (month.equals(current)) {
            return TargetStatus.OPEN;
        }
        return allDone ? TargetStatus.CAUGHT_UP : TargetStatus.MISSED;
    }
}
