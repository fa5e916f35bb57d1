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
import cn.zhuanban.schedule.engine.Task;
import cn.zhuanban.schedule.engine.WorkingCalendarAdapter;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

    /**
     * Computes without storing anything ({@code POST /api/v1/schedule}). A schedule with a date the calendars do not
     * cover is refused: beyond {@link SupportedDates} they count the weekly rule alone, without holidays, so a
     * 20,000-task chain answered a late start in 1949 and a finish in 2102, dates the API refuses as input.
     */
    public ScheduleView compute(ScheduleInput input) {
        WorkingCalendar calendar = calendar(input.calendar());
        ScheduleView view = ScheduleViews.of(run(InputMapper.toRequest(input), calendar));
        for (int i = 0; i < view.tasks().size(); i++) {
            ScheduleView.TaskView t = view.tasks().get(i);
            for (LocalDate date : new LocalDate[] {t.earlyStart(), t.earlyFinish(), t.lateStart(), t.lateFinish()}) {
                if (!SupportedDates.allows(date)) {
                    throw new BusinessException(
                            ErrorCode.SCHEDULE_OUT_OF_RANGE,
                            "tasks[" + i + "]",
                            SupportedDates.FIRST.toString(),
                            SupportedDates.LAST.toString(),
                            t.key(),
                            date.toString());
                }
            }
        }
        return view;
    }

    ScheduleResult run(ScheduleRequest request, WorkingCalendar calendar) {
        try {
            return new ScheduleEngine(new WorkingCalendarAdapter(calendar), clock).schedule(request);
        } catch (InvalidPlanException e) {
            throw invalid(e);
        } catch (ScheduleCycleException e) {
            throw new BusinessException(ErrorCode.SCHEDULE_CYCLE, "links", cycle(e.cycle(), request));
        }
    }

    /**
     * The cycle's tasks by key and name ("A01 项目备案 → A11 施工许可证 → A01 项目备案"): an imported file's keys may
     * be bare outline numbers or unique ids ("1 → 2 → 1"), which only the names make recognisable.
     */
    static String cycle(List<String> keys, ScheduleRequest request) {
        Map<String, String> names = new HashMap<>();
        for (Task t : request.tasks()) {
            if (t.name() != null && !t.name().isBlank() && !t.name().equals(t.key())) {
                names.putIfAbsent(t.key(), t.name());
            }
        }
        List<String> labels = new ArrayList<>(keys.size() + 1);
        for (String key : keys) {
            labels.add(names.containsKey(key) ? key + " " + names.get(key) : key);
        }
        labels.add(labels.getFirst());
        return String.join(" → ", labels);
    }

    /**
     * The engine's refusal in the user's language: the engine is plain Java and says only which problem it found
     * ({@code schedule.invalid.<problem>}, filled with the field and the values it names); the code stays
     * {@code schedule.input} and the field the one the engine named.
     */
    static BusinessException invalid(InvalidPlanException e) {
        return input(e.field(), e.problem().key(), e.args());
    }

    private static BusinessException input(String field, String problem, Object... values) {
        Object[] args = new Object[values.length + 1];
        args[0] = field;
        System.arraycopy(values, 0, args, 1, values.length);
        return new BusinessException(
                ErrorCode.SCHEDULE_INPUT,
                field,
                new DefaultMessageSourceResolvable(new String[] {"schedule.invalid." + problem}, args));
    }

    /**
     * The years the plan's dates reach into (its start to the latest of its finish, late finish and target) whose
     * statutory holidays and make-up days the district calendar does not hold: until they are imported, those years
     * count New Year and the Spring Festival as working days, so the plan's dates there may still move (the calendar
     * page warns the administrators of the same years).
     */
    public List<Integer> yearsWithoutHolidays(PlanSheet sheet) {
        LocalDate last = sheet.start();
        List<LocalDate> ends = new ArrayList<>();
        ends.add(sheet.targetFinish());
        if (sheet.schedule() != null) {
            ends.add(sheet.schedule().finish());
            sheet.schedule().tasks().forEach(t -> ends.add(t.lateFinish()));
        }
        for (LocalDate end : ends) {
            if (end != null && (last == null || end.isAfter(last))) {
                last = end;
            }
        }
        return sheet.start() == null ? List.of() : yearsWithoutHolidays(sheet.start(), last);
    }

    /** The years from {@code from} to {@code to} whose statutory holidays the calendar does not hold, in order. */
    public List<Integer> yearsWithoutHolidays(LocalDate from, LocalDate to) {
        return calendars.yearsWithoutHolidays(from, to);
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
            default -> throw input("calendar", "unknown-calendar", name);
        };
    }
}
