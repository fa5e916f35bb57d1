package cn.zhuanban.schedule.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The critical path method on whole working days (domain §4). Deterministic: the same request on the same calendar
 * and day gives the same result. Thread-safe; a run is O(tasks + links) apart from sorting the critical tasks.
 *
 * <p>Usage: {@code new ScheduleEngine(new WorkingCalendarAdapter(calendar)).schedule(request)}.
 */
public final class ScheduleEngine {

    /**
     * The largest lag, in working days: about 400 years. Larger values are typing errors and would only risk int
     * overflow; an imported file is held to the same limit.
     */
    public static final int MAX_DAYS = 100_000;

    /**
     * The longest task, in working days (about 40 years): longer is a typing error. One limit for every way a duration
     * comes in: the plan table's cell, a template row, an imported file and {@code POST /api/v1/schedule}.
     */
    public static final int MAX_DURATION = 10_000;

    /** The district's clock: "today" for the status light is a day in China. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ScheduleCalendar calendar;
    private final Clock clock;

    public ScheduleEngine(ScheduleCalendar calendar) {
        this(calendar, Clock.system(CHINA));
    }

    /** The clock only gives "today" for status lights (and the data date when actuals come without one). */
    public ScheduleEngine(ScheduleCalendar calendar, Clock clock) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Schedules the request.
     *
     * @throws InvalidPlanException for bad input, naming the field
     * @throws ScheduleCycleException when the links contain a cycle, naming its tasks
     */
    public ScheduleResult schedule(ScheduleRequest request) {
        Objects.requireNonNull(request, "request");
        Plan plan = PlanCompiler.compile(request, calendar, LocalDate.now(clock));
        return ScheduleAssembler.assemble(CpmPasses.run(plan), calendar);
    }
}
