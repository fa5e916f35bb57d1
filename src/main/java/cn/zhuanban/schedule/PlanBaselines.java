package cn.zhuanban.schedule;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.schedule.domain.BaselineStore;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baselines of a plan: a named, dated copy of every row's planned start and finish (the early dates when saved), and
 * the variance of today's plan against one, in working days of the plan's calendar (positive = later).
 */
@Service
@Transactional
public class PlanBaselines {

    private static final int NAME_MAX = 100;

    private final PlanManagement plans;
    private final BaselineStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanBaselines(PlanManagement plans, BaselineStore store, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** A row's variance against a baseline; null parts when the row is new or had no date then. */
    public record Variance(LocalDate baselineStart, LocalDate baselineFinish, Integer startDays, Integer finishDays) {}

    /** The variance of every row of the sheet against a baseline, by row key. */
    public record Comparison(BaselineStore.Baseline baseline, Map<String, Variance> rows) {

        public Variance of(String key) {
            return rows.get(key);
        }
    }

    public long save(long projectId, CurrentUser user, String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new BusinessException(
                    ErrorCode.PLAN_FORM, "name", new DefaultMessageSourceResolvable("plan.baseline.error.name"));
        }
        PlanSheet sheet = plans.sheet(projectId, user);
        if (sheet.version() == null) {
            throw new BusinessException(
                    ErrorCode.PLAN_FORM, "name", new DefaultMessageSourceResolvable("plan.baseline.error.empty"));
        }
        List<BaselineStore.BaselineTask> tasks = sheet.rows().stream()
                .filter(r -> !r.stage())
                .map(r -> new BaselineStore.BaselineTask(r.key(), r.earlyStart(), r.earlyFinish(), r.duration()))
                .toList();
        long id = store.save(projectId, trimmed, user.id(), clock.instant(), tasks);
        events.publishEvent(new PlanChanged(
                Actor.current(), "plan.baseline-saved", projectId, trimmed + " (" + tasks.size() + " rows)"));
        return id;
    }

    @Transactional(readOnly = true)
    public List<BaselineStore.Baseline> baselines(long projectId, CurrentUser user) {
        plans.sheet(projectId, user);
        return store.of(projectId);
    }

    /** Compares the sheet with the chosen baseline, or the latest when {@code baselineId} is null; null if none. */
    @Transactional(readOnly = true)
    public Comparison compare(PlanSheet sheet, Long baselineId) {
        List<BaselineStore.Baseline> all = store.of(sheet.projectId());
        BaselineStore.Baseline baseline = baselineId == null
                ? all.stream().findFirst().orElse(null)
                : all.stream().filter(b -> b.id() == baselineId).findFirst().orElse(null);
        if (baseline == null) {
            return null;
        }
        WorkingCalendar calendar = plans.calendarOf(sheet);
        Map<String, Variance> rows = new HashMap<>();
        for (BaselineStore.BaselineTask t : store.tasks(baseline.id())) {
            PlanSheet.Row row = sheet.row(t.taskKey());
            if (row != null) {
                rows.put(
                        t.taskKey(),
                        new Variance(
                                t.start(),
                                t.finish(),
                                days(calendar, t.start(), current(row.actualStart(), row.earlyStart())),
                                days(calendar, t.finish(), current(row.actualFinish(), row.earlyFinish()))));
            }
        }
        return new Comparison(baseline, rows);
    }

    private static LocalDate current(LocalDate actual, LocalDate planned) {
        return actual != null ? actual : planned;
    }

    /** Working days from the baseline date to the current one: positive when the row moved later. */
    static Integer days(WorkingCalendar calendar, LocalDate baseline, LocalDate now) {
        if (baseline == null || now == null) {
            return null;
        }
        return now.isBefore(baseline)
                ? -calendar.workingDaysBetween(now, baseline)
                : calendar.workingDaysBetween(baseline, now);
    }
}
