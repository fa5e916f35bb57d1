package cn.zhuanban.schedule;

import java.time.YearMonth;
import java.util.List;

/**
 * Monthly targets (domain §4): the tasks and stage goals whose late finish falls in a month. The light of a month is
 * the worst light among them.
 */
public record MonthlyTargets(YearMonth month, List<PlanSheet.Row> rows, String light) {

    public static MonthlyTargets of(PlanSheet sheet, YearMonth month) {
        List<PlanSheet.Row> due = sheet.rows().stream()
                .filter(r -> !r.stage()
                        && r.lateFinish() != null
                        && YearMonth.from(r.lateFinish()).equals(month))
                .toList();
        return new MonthlyTargets(
                month,
                due,
                PlanSheets.worst(due.stream().map(PlanSheet.Row::light).toList()));
    }
}
