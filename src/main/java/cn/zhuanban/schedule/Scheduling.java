package cn.zhuanban.schedule;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.DayException;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.schedule.domain.PlanCalendarDay;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.schedule.engine.InvalidPlanException;
import cn.zhuanban.schedule.engine.ScheduleCycleException;
import cn.zhuanban.schedule.engine.ScheduleEngine;
import cn.zhuanban.schedule.engine.ScheduleRequest;
import cn.zhuanban.schedule.engine.ScheduleResult;
import cn.zhuanban.schedule.engine.WorkingCalendarAdapter;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Runs the engine on one of the district's calendars and turns its refusals into the platform's error codes: bad
 * input is a 400 naming the field, a dependency cycle a 422 naming the tasks of the cycle.
 */
@Service
public class Scheduling {

    private final CalendarManagement calendars;
    private final Clock clock;

    Scheduling(CalendarManagement calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Computes without storing anything ({@code POST /api/v1/schedule}). */
    public ScheduleView compute(ScheduleInput input) {
        WorkingCalendar calendar = calendar(input.calendar());
        return ScheduleViews.of(run(InputMapper.toRequest(input), calendar));
    }

    ScheduleResult run(ScheduleRequest request, WorkingCalendar calendar) {
        try {
            return new ScheduleEngine(new WorkingCalendarAdapter(calendar), clock).schedule(request);
        } catch (InvalidPlanException e) {
            throw new BusinessException(ErrorCode.SCHEDULE_INPUT, e.field(), e.getMessage());
        } catch (ScheduleCycleException e) {
            throw new BusinessException(
                    ErrorCode.SCHEDULE_CYCLE,
                    "links",
                    String.join(" → ", e.cycle()) + " → " + e.cycle().get(0));
        }
    }

    WorkingCalendar construction(boolean sevenDayWeek) {
        return calendars.construction(sevenDayWeek);
    }

    /** The plan's own calendar: the construction calendar of its week with the plan's exceptions on top. */
    WorkingCalendar calendarOf(ProjectPlan plan) {
        return calendarOf(construction(plan.isSevenDayWeek()), plan.getCalendarDays());
    }

    /** As {@link #calendarOf(ProjectPlan)} on a construction calendar already at hand (a page of many plans). */
    WorkingCalendar calendarOf(WorkingCalendar construction, List<PlanCalendarDay> days) {
        return calendars.project(construction, exceptions(days));
    }

    static List<DayException> exceptions(List<PlanCalendarDay> days) {
        return days.stream()
                .map(d -> new DayException(d.calDate(), d.working(), d.name()))
                .toList();
    }

    WorkingCalendar calendar(String name) {
        if (name == null || name.isBlank() || name.equals("default")) {
            return calendars.administrative();
        }
        return switch (name) {
            case "construction" -> calendars.construction(false);
            case "construction7" -> calendars.construction(true);
            default ->
                throw new BusinessException(
                        ErrorCode.SCHEDULE_INPUT,
                        "calendar",
                        "calendar: unknown calendar '" + name + "' (expected default, construction or construction7)");
        };
    }
}
