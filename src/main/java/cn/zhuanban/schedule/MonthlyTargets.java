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
     * The month's proposal, less the finished rows that an earlier month's target already holds ({@code earlier},
     * their keys).
     *
     * <p>Why finished ones: a finished row's late finish is its actual finish, so a row of last month's target finished
     * this month (caught up, 已补齐) would otherwise be proposed again for this month and counted in two months, met in
     * the later one. It is the earlier month's catch-up, not this month's work.
     *
     * <p>Why not unfinished ones: an unfinished row's late finish moves only when the plan changes (a new target date,
     * new links). One still missed in an earlier month whose late finish now falls in this month is what the changed
     * plan says must be finished in this month, so it is this month's target too (domain §4: the rows whose late
     * finish falls in the month), a missed target carried forward. The earlier month stays missed (未完成, the light
     * red) until the row is done, then caught up (已补齐); left out here, this month would look met, or have no target,
     * while the work the plan now puts in it is still undone.
     */
    public static MonthlyTargets of(PlanSheet sheet, YearMonth month, Collection<String> earlier) {
        List<PlanSheet.Row> due = sheet.rows().stream()
                .filter(r -> !r.stage()
                        && r.lateFinish() != null
                        && YearMonth.from(r.lateFinish()).equals(month)
                        && !(r.actualFinish() != null && earlier.contains(r.key())))
                .toList();
        return new MonthlyTargets(
                month,
                due,
                PlanSheets.worst(due.stream().map(PlanSheet.Row::light).toList()));
    }
}
