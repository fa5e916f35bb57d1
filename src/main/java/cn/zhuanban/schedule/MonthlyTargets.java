package cn.zhuanban.schedule;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Monthly targets (domain §4): the tasks and stage goals whose late finish falls in a month. The light of a month is
 * the worst light among them.
 */
public record MonthlyTargets(YearMonth month, List<PlanSheet.Row> rows, String light) {

    /** The month's proposal from the plan alone, as if no earlier month had a target. */
    public static MonthlyTargets of(PlanSheet sheet, YearMonth month) {
        return of(sheet, month, Set.of());
    }

    /**
     * The month's proposal, less the rows that an earlier month's target already holds ({@code earlier}, their keys).
     *
     * <p>Why: a finished row's late finish is its actual finish, so a row of last month's target finished this month
     * (caught up, 已补齐) would otherwise be proposed again for this month and counted in two months, met in the later
     * one. It is the earlier month's catch-up, not this month's work; likewise a row still missed there whose late
     * finish moved on with a changed target date.
     */
    public static MonthlyTargets of(PlanSheet sheet, YearMonth month, Collection<String> earlier) {
        List<PlanSheet.Row> due = sheet.rows().stream()
                .filter(r -> !r.stage()
                        && r.lateFinish() != null
                        && YearMonth.from(r.lateFinish()).equals(month)
                        && !earlier.contains(r.key()))
                .toList();
        return new MonthlyTargets(
                month,
                due,
                PlanSheets.worst(due.stream().map(PlanSheet.Row::light).toList()));
    }
}
