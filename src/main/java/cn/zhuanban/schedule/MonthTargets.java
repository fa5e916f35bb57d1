package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.MonthlyTargetStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A plan's months from its start to its finish, each with its target: the stored one (typed, or the proposal fixed
 * when the month began), else the plan's proposal.
 */
final class MonthTargets {

    static final int MAX_MONTHS = 120;

    private MonthTargets() {}

    static List<MonthTarget> of(PlanSheet sheet, List<MonthlyTargetStore.Stored> stored, LocalDate today) {
        return of(sheet, stored, today, Map.of());
    }

    /**
     * As {@link #of(PlanSheet, List, LocalDate)}, each month's planned investment being the one typed for its target,
     * else {@code planned}'s amount of the month (the annual investment plan), so that nobody enters it twice.
     */
    static List<MonthTarget> of(
            PlanSheet sheet,
            List<MonthlyTargetStore.Stored> stored,
            LocalDate today,
            Map<YearMonth, BigDecimal> planned) {
        Map<YearMonth, MonthlyTargetStore.Stored> byMonth =
                stored.stream().collect(Collectors.toMap(MonthlyTargetStore.Stored::month, Function.identity()));
        YearMonth first = first(sheet);
        YearMonth last = Stream.concat(Stream.of(last(sheet)), byMonth.keySet().stream())
                .max(YearMonth::compareTo)
                .orElse(first);
        List<MonthTarget> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last) && months.size() < MAX_MONTHS; m = m.plusMonths(1)) {
            months.add(target(sheet, m, byMonth, today, planned.get(m)));
        }
        return months;
    }

    /** The plan's first month: the month of its start. */
    static YearMonth first(PlanSheet sheet) {
        return YearMonth.from(sheet.start());
    }

    /**
     * The plan's last month as scheduled: that of its target or its scheduled finish, whichever is later, capped at
     * {@link #MAX_MONTHS} from the first.
     */
    static YearMonth last(PlanSheet sheet) {
        YearMonth first = first(sheet);
        YearMonth last = Stream.of(sheet.targetFinish(), sheet.schedule().finish())
                .filter(Objects::nonNull)
                .map(YearMonth::from)
                .max(YearMonth::compareTo)
                .orElse(first);
        YearMonth cap = first.plusMonths(MAX_MONTHS - 1);
        return last.isAfter(cap) ? cap : last.isBefore(first) ? first : last;
    }

    /**
     * The keys of the rows that a target stored for a month before {@code month} holds (typed, or the proposal fixed
     * when that month began): a month's proposal leaves out those finished (see {@link MonthlyTargets#of(PlanSheet, YearMonth,
     * java.util.Collection)}).
     */
    static Set<String> heldBefore(Collection<MonthlyTargetStore.Stored> stored, YearMonth month) {
        return stored.stream()
                .filter(t -> t.month().isBefore(month))
                .flatMap(t -> t.keys().stream())
                .collect(Collectors.toSet());
    }

    private static MonthTarget target(
            PlanSheet sheet,
            YearMonth month,
            Map<YearMonth, MonthlyTargetStore.Stored> byMonth,
            LocalDate today,
            BigDecimal planned) {
        MonthlyTargetStore.Stored stored = byMonth.get(month);
        BigDecimal typed = stored == null ? null : stored.plannedInvestment();
        List<PlanSheet.Row> rows = stored == null
                ? MonthlyTargets.of(sheet, month, heldBefore(byMonth.values(), month))
                        .rows()
                : stored.keys().stream()
                        .map(sheet::row)
                        .filter(Objects::nonNull)
                        .toList();
        return new MonthTarget(
                month,
                rows,
                stored != null && !stored.proposed(),
                stored != null && stored.proposed(),
                typed != null ? typed : planned,
                stored == null ? null : stored.note(),
                MonthTarget.judge(month, rows, today),
                typed == null && planned != null);
    }

    /** RED when a past month's target is still missed, YELLOW when last month's was caught up, else null. */
    static String light(List<MonthTarget> targets, LocalDate today) {
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        if (targets.stream().anyMatch(t -> t.status() == TargetStatus.MISSED)) {
            return "RED";
        }
        return targets.stream().anyMatch(t -> t.month().equals(lastMonth) && t.status() == TargetStatus.CAUGHT_UP)
                ? "YELLOW"
                : null;
    }

    /** Last month, when its target was met only after the month ended: what keeps the light yellow this month. */
    static List<YearMonth> caughtUp(List<MonthTarget> targets, LocalDate today) {
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        return targets.stream()
                .filter(t -> t.month().equals(lastMonth) && t.status() == TargetStatus.CAUGHT_UP)
                .map(MonthTarget::month)
                .toList();
    }

    static List<YearMonth> missed(List<MonthTarget> targets) {
        return targets.stream()
                .filter(t -> t.status() == TargetStatus.MISSED)
                .map(MonthTarget::month)
                .toList();
    }
}
