package cn.zhuanban.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * A month's target of a plan: the rows that must be finished in it (as set on the targets page, else the rows whose
 * late finish falls in it) and the planned investment in 万元, with how the target stands.
 *
 * @param stored whether someone set this month's target, rather than the plan proposing it
 * @param fixed whether the plan's proposal was fixed when the month began (see {@link TargetFixing}), so that it no
 *     longer follows the plan
 * @param plannedInvestment the figure typed for this month's target, else the month's amount in the project's annual
 *     investment plan
 * @param investmentFromPlan whether {@code plannedInvestment} is read from the annual investment plan (nobody typed
 *     one for the target)
 */
public record MonthTarget(
        YearMonth month,
        List<PlanSheet.Row> rows,
        boolean stored,
        boolean fixed,
        BigDecimal plannedInvestment,
        String note,
        TargetStatus status,
        boolean investmentFromPlan) {

    /** A month's target whose planned investment, if any, was typed for it. */
    public MonthTarget(
            YearMonth month,
            List<PlanSheet.Row> rows,
            boolean stored,
            boolean fixed,
            BigDecimal plannedInvestment,
            String note,
            TargetStatus status) {
        this(month, rows, stored, fixed, plannedInvestment, note, status, false);
    }

    /** A month without any target (before the plan starts or after it ends). */
    static MonthTarget none(YearMonth month) {
        return new MonthTarget(month, List.of(), false, false, null, null, TargetStatus.NONE);
    }

    /**
     * The month's light on the wall chart: a missed target is red, a target caught up late yellow, a met one green;
     * an open or future month shows the worst light its rows have as scheduled; no target, no light.
     */
    public String light() {
        return switch (status) {
            case NONE -> null;
            case MISSED -> "RED";
            case CAUGHT_UP -> "YELLOW";
            case MET -> "GREEN";
            case OPEN, PLANNED ->
                PlanSheets.worst(rows.stream().map(PlanSheet.Row::light).toList());
        };
    }

    /**
     * The rows the wall chart names, as it shows only a few: those still unfinished first, then those finished after
     * the month, then the rest, and among each the stage goals first. A missed month named a row finished on time
     * first ("供电接入 供水接入 等2项 未完成" with 供电接入 done), and so hid what was missing.
     */
    public List<PlanSheet.Row> headline() {
        return rows.stream()
                .sorted(Comparator.comparingInt(this::shortfall)
                        .thenComparing(PlanSheet.Row::milestone, Comparator.reverseOrder()))
                .limit(2)
                .toList();
    }

    /** Whether a row of this month is finished, so that the wall chart can tell it from the missing ones. */
    public boolean finished(PlanSheet.Row row) {
        return row.actualFinish() != null;
    }

    /** 0 for a row not finished, 1 for one finished after the month, 2 for one finished in time. */
    private int shortfall(PlanSheet.Row row) {
        if (row.actualFinish() == null) {
            return 0;
        }
        return row.actualFinish().isAfter(month.atEndOfMonth()) ? 1 : 2;
    }

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
