package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.MonthlyTargetStore;
import cn.zhuanban.schedule.domain.ProjectPlan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Fixes a month's proposed target (the rows whose late finish falls in it, domain §4, less the finished ones an earlier
 * month's target holds: a row of last month's finished late is last month's catch-up) once the month has begun.
 *
 * <p>Why when the month begins, not when it ends: a month's targets are set at its start and judged at its end. A
 * target that followed the plan until the month ended would lose every row that slipped during the month (its late
 * finish moves with it into a later month), so the month could never be missed; and a finished row re-reported with
 * new dates would rewrite months long past. Fixed at the start, the month keeps what it was to finish, and a row that
 * slipped shows as missed (未完成) until it is done, then caught up (已补齐).
 *
 * <p>When: before every change of a stored plan ({@link PlanManagement}), from the plan as it stood, so that nothing
 * depends on a job having run; and when the light is judged ({@link PlanLights}), which the nightly light job does for
 * every plan on the first of the month (ShedLock {@code plan-light-refresh}: one node). Until one of these happens a
 * begun month's proposal is shown from the plan as it is, which is what would be fixed, since the plan has not changed
 * meanwhile. Fixing never touches a month that has a target stored: one typed on the targets page stays as typed, and
 * two nodes fixing the same month at once store it once (the month is unique per project).
 */
@Component
class TargetFixing {

    private final MonthlyTargetStore store;
    private final Clock clock;

    TargetFixing(MonthlyTargetStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Before a stored plan changes: fixes the begun months that have no target yet from the plan as it stands, which
     * {@code before} schedules only when some month is due (most edits find every begun month fixed already).
     */
    void beforeChange(ProjectPlan plan, Supplier<PlanSheet> before) {
        if (plan.getId() == null || plan.getStartDate() == null) {
            return;
        }
        YearMonth first = YearMonth.from(plan.getStartDate());
        YearMonth upTo = YearMonth.from(LocalDate.now(clock));
        if (plan.getTargetFinish() != null
                && YearMonth.from(plan.getTargetFinish()).isBefore(upTo)) {
            upTo = YearMonth.from(plan.getTargetFinish()); // months after the target are looked at by fix(sheet)
        }
        Set<YearMonth> stored = months(plan.getProjectId());
        for (YearMonth m = first; !m.isAfter(upTo); m = m.plusMonths(1)) {
            if (!stored.contains(m)) {
                fix(before.get());
                return;
            }
        }
    }

    /** Fixes the proposal of every begun month of a stored plan that has no target stored; returns how many. */
    int fix(PlanSheet sheet) {
        if (sheet.version() == null) {
            return 0; // not stored: nothing was planned yet
        }
        YearMonth current = YearMonth.from(LocalDate.now(clock));
        YearMonth last = MonthTargets.last(sheet);
        YearMonth upTo = last.isBefore(current) ? last : current;
        List<MonthlyTargetStore.Stored> stored = new ArrayList<>(store.of(sheet.projectId()));
        Set<YearMonth> months =
                stored.stream().map(MonthlyTargetStore.Stored::month).collect(Collectors.toSet());
        int fixed = 0;
        for (YearMonth m = MonthTargets.first(sheet); !m.isAfter(upTo); m = m.plusMonths(1)) {
            if (months.contains(m)) {
                continue;
            }
            // not the finished rows an earlier month holds: one finished late is that month's catch-up
            List<String> keys = MonthlyTargets.of(sheet, m, MonthTargets.heldBefore(stored, m)).rows().stream()
                    .map(PlanSheet.Row::key)
                    .toList();
            if (store.fix(sheet.projectId(), m, keys, clock.instant())) {
                fixed++;
            }
            // as stored now, or by another node a moment ago from the same plan: the later months leave these out
            stored.add(new MonthlyTargetStore.Stored(m, keys, null, null, true));
        }
        return fixed;
    }

    private Set<YearMonth> months(long projectId) {
        return store.of(projectId).stream()
                .map(MonthlyTargetStore.Stored::month)
                .collect(Collectors.toSet());
    }
}
