package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.schedule.domain.MonthlyTargetStore;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly targets (月度目标) of a project's plan: per month the rows that must be finished and the planned
 * investment. A month nobody set proposes the rows whose late finish falls in it, less the finished ones an earlier
 * month's target holds. Saving a target re-judges the project's light, since a missed month makes it red.
 */
@Service
@Transactional
public class PlanTargets {

    private static final int KEYS_MAX = 2000;
    private static final BigDecimal MAX_INVESTMENT = new BigDecimal("999999999999.99");

    private final PlanManagement plans;
    private final MonthlyTargetStore store;
    private final PlannedInvestments investments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanTargets(
            PlanManagement plans,
            MonthlyTargetStore store,
            PlannedInvestments investments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.store = store;
        this.investments = investments;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MonthTarget> targets(long projectId, CurrentUser user) {
        return targets(plans.sheet(projectId, user));
    }

    @Transactional(readOnly = true)
    public List<MonthTarget> targets(PlanSheet sheet) {
        YearMonth first = MonthTargets.first(sheet);
        Map<YearMonth, BigDecimal> planned = investments
                .of(List.of(sheet.projectId()), first, first.plusMonths(MonthTargets.MAX_MONTHS - 1L))
                .getOrDefault(sheet.projectId(), Map.of());
        return MonthTargets.of(sheet, store.of(sheet.projectId()), LocalDate.now(clock), planned);
    }

    /** Sets a month's target; {@code keys} are row keys separated by commas or spaces, every one a scheduled row. */
    public void save(
            long projectId, CurrentUser user, YearMonth month, String keys, BigDecimal investment, String note) {
        PlanSheet sheet = plans.sheet(projectId, user);
        if (month == null) {
            throw refused("month", "month-required");
        }
        List<MonthlyTargetStore.Stored> stored = store.of(projectId);
        outsidePlan(sheet, month, stored);
        List<String> list = parse(keys);
        for (String key : list) {
            PlanSheet.Row row = sheet.row(key);
            if (row == null || row.stage()) {
                throw new BusinessException(
                        ErrorCode.PLAN_FORM,
                        "keys",
                        new DefaultMessageSourceResolvable(
                                new String[] {"plan.targets.error.unknown-key"}, new Object[] {key}));
            }
        }
        if (String.join(",", list).length() > KEYS_MAX) {
            throw refused("keys", "keys-long");
        }
        if (investment != null && (investment.signum() < 0 || investment.compareTo(MAX_INVESTMENT) > 0)) {
            throw refused("plannedInvestment", "investment-range");
        }
        if (note != null && note.length() > 1000) {
            throw refused("note", "note-long");
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        MonthlyTargetStore.Stored before =
                stored.stream().filter(t -> t.month().equals(month)).findFirst().orElse(null);
        MonthlyTargetStore.Stored after = new MonthlyTargetStore.Stored(month, list, investment, text);
        store.save(projectId, after, clock.instant());
        events.publishEvent(new PlanChanged(
                Actor.current(),
                "plan.target-saved",
                projectId,
                month + " " + ChangeSummary.between(snapshot(before), snapshot(after))));
        plans.refreshLights(projectId);
    }

    /**
     * Refuses a month the targets page would not show: before the plan's first month or after its last (one stored
     * there already, before the schedule moved, may still be changed). It was saved and never seen again.
     */
    private static void outsidePlan(PlanSheet sheet, YearMonth month, List<MonthlyTargetStore.Stored> stored) {
        YearMonth first = MonthTargets.first(sheet);
        YearMonth last = MonthTargets.last(sheet);
        boolean known = stored.stream().anyMatch(t -> t.month().equals(month));
        if (month.isBefore(first) || (month.isAfter(last) && !known)) {
            throw new BusinessException(
                    ErrorCode.PLAN_FORM,
                    "month",
                    new DefaultMessageSourceResolvable(
                            new String[] {"plan.targets.error.month-outside"},
                            new Object[] {first.toString(), last.toString()}));
        }
    }

    /**
     * What the audit log compares of a month's target before and after it is saved ({@code 2026-12 keys: A01 → A02}),
     * all unset for a month nobody had set.
     */
    private static Map<String, Object> snapshot(MonthlyTargetStore.Stored target) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("keys", target == null || target.keys().isEmpty() ? null : String.join(",", target.keys()));
        BigDecimal investment = target == null ? null : target.plannedInvestment();
        // as typed, not as stored: the column keeps two decimals, so 120.5 came back as 120.50
        fields.put(
                "plannedInvestment",
                investment == null ? null : investment.stripTrailingZeros().toPlainString());
        fields.put("note", target == null ? null : ChangeSummary.typed(target.note()));
        return fields;
    }

    private static List<String> parse(String keys) {
        if (keys == null || keys.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(keys.split("[,，\\s]+"))
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .toList()));
    }

    private static BusinessException refused(String field, String reason) {
        return new BusinessException(
                ErrorCode.PLAN_FORM, field, new DefaultMessageSourceResolvable("plan.targets.error." + reason));
    }
}
