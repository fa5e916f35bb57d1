package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.schedule.domain.PlanCalendarDay;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's own calendar: its week (5 days, or the 7-day construction week that still rests on statutory holidays) and
 * the days it rests or works unlike the district calendar. Every change goes through {@link PlanManagement}'s edit,
 * so it is checked, rescheduled at once, audited and reflected in the project's light like any other plan change.
 */
@Service
@Transactional
public class PlanCalendars {

    private static final int NAME_MAX = 100;

    private final PlanManagement plans;
    private final Clock clock;

    PlanCalendars(PlanManagement plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** Switches the plan between the 5-day week and the 7-day construction week (both rest on holidays). */
    public PlanSheet setCalendar(long projectId, CurrentUser user, Integer version, boolean sevenDayWeek) {
        return plans.edit(
                projectId,
                user,
                version,
                "plan.calendar-changed",
                plan -> plan.isSevenDayWeek() == sevenDayWeek
                        ? null
                        : "calendar: " + week(plan.isSevenDayWeek()) + " → " + week(sevenDayWeek),
                plan -> plan.calendar(sevenDayWeek, clock.instant()));
    }

    private static String week(boolean sevenDays) {
        return sevenDays ? "7-day week" : "5-day week";
    }

    /** Whether the project's plan works seven days a week; false without a stored plan. */
    @Transactional(readOnly = true)
    public boolean sevenDayWeek(long projectId, CurrentUser user) {
        return plans.stored(projectId, user).isSevenDayWeek();
    }

    /**
     * Sets one day of the plan's own calendar: the project rests on it ({@code working = false}) or works although
     * the district calendar rests (a holiday worked through). Reschedules at once.
     */
    public PlanSheet setCalendarDay(
            long projectId, CurrentUser user, Integer version, LocalDate date, boolean working, String name) {
        PlanCalendarDay day = new PlanCalendarDay(date, working, name == null || name.isBlank() ? null : name.strip());
        checkCalendarDay(day);
        return plans.edit(
                projectId,
                user,
                version,
                "plan.calendar-day-set",
                plan -> date + " " + ChangeSummary.between(snapshot(dayOf(plan, date)), snapshot(day)),
                plan -> plan.calendarDay(day, clock.instant()));
    }

    /** Removes the plan's own exception of a day: the district calendar counts it again. */
    public PlanSheet removeCalendarDay(long projectId, CurrentUser user, Integer version, LocalDate date) {
        return plans.edit(
                projectId,
                user,
                version,
                "plan.calendar-day-removed",
                plan -> date + " " + ChangeSummary.between(snapshot(dayOf(plan, date)), snapshot(null)),
                plan -> plan.removeCalendarDay(date, clock.instant()));
    }

    private static PlanCalendarDay dayOf(ProjectPlan plan, LocalDate date) {
        return plan.getCalendarDays().stream()
                .filter(d -> d.calDate().equals(date))
                .findFirst()
                .orElse(null);
    }

    /**
     * What the audit log compares of a day of the plan's own calendar before and after an edit
     * ({@code 2027-05-01 working: — → false; name: — → 设备检修}), all unset for a day without an exception.
     */
    private static Map<String, Object> snapshot(PlanCalendarDay day) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("working", day == null ? null : day.working());
        fields.put("name", day == null ? null : ChangeSummary.typed(day.name()));
        return fields;
    }

    /** The plan's own calendar exceptions, in date order; none without a stored plan. */
    @Transactional(readOnly = true)
    public List<PlanCalendarDay> calendarDays(long projectId, CurrentUser user) {
        return plans.stored(projectId, user).getCalendarDays();
    }

    /** Within the calendar's precomputed range, so that a stray date cannot widen every calendar's index. */
    static void checkCalendarDay(PlanCalendarDay day) {
        if (day.calDate() == null) {
            throw new BusinessException(
                    ErrorCode.PLAN_FORM, "date", new DefaultMessageSourceResolvable("plan.calendar-day.error.no-date"));
        }
        if (!SupportedDates.allows(day.calDate())) {
            throw new BusinessException(
                    ErrorCode.PLAN_FORM,
                    "date",
                    new DefaultMessageSourceResolvable(
                            new String[] {"plan.calendar-day.error.date"},
                            new Object[] {String.valueOf(day.calDate())}));
        }
        if (day.name() != null && day.name().length() > NAME_MAX) {
            throw new BusinessException(
                    ErrorCode.PLAN_FORM, "name", new DefaultMessageSourceResolvable("plan.calendar-day.error.name"));
        }
    }
}
