package cn.zhuanban.calendar;

import cn.zhuanban.shared.BusinessException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SortedSet;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What a district stop may be. One typo (2000-01-01 to 2100-12-31) turned every working day of the century into a
 * rest day: every project went red and a plan finished in 2101, outside the calendar. So a stop lies within the years
 * the calendar holds, lasts at most {@value #MAX_DAYS} days (a winter stop in the north lasts about four months), and
 * one that removes more than {@value #CONFIRM_WORKING_DAYS} working days or has already begun is added only when the
 * administrator confirms it, having been told how many working days it removes and how many key projects it reaches.
 */
@Component
class StopRules {

    static final int MAX_DAYS = 366;
    static final int CONFIRM_WORKING_DAYS = 31;

    private final PlansDuringStops plans;
    private final Clock clock;

    StopRules(PlansDuringStops plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** Refuses, naming the field at fault, a stop the calendar should not take; checked before anything changes. */
    void check(
            NonWorkingPeriod period, SortedSet<Integer> holidayYears, WorkingCalendar construction, boolean confirmed) {
        CalendarInput.inRange(period.from());
        CalendarInput.inRange(period.to());
        withinHeldYears(period, holidayYears, LocalDate.now(clock).getYear());
        notTooLong(period);
        CalendarInput.checkName(period.name(), CalendarInput.PERIOD_NAME_MAX, true);
        if (!confirmed) {
            confirmedIfNeeded(period, construction);
        }
    }

    /** The working days the stop turns into rest days on {@code construction}, and the key projects it reaches. */
    StopImpact impact(LocalDate from, LocalDate to, WorkingCalendar construction) {
        return new StopImpact(
                construction.workingDaysBetween(from.minusDays(1), to),
                plans.projectsWithTasksBetween(from, to, LocalDate.now(clock)));
    }

    /**
     * The years the calendar holds, as its page leads to them: from the first year with statutory holidays (or this
     * year) to the year after the last one (the one to import next).
     */
    private static void withinHeldYears(NonWorkingPeriod period, SortedSet<Integer> holidayYears, int thisYear) {
        int first = holidayYears.isEmpty() ? thisYear : Math.min(holidayYears.first(), thisYear);
        int last = (holidayYears.isEmpty() ? thisYear : Math.max(holidayYears.last(), thisYear)) + 1;
        String[] years = {Integer.toString(first), Integer.toString(last)};
        if (period.from().getYear() < first) {
            throw BusinessException.invalid("from", "calendar.error.period-years", (Object[]) years);
        }
        if (period.to().getYear() > last) {
            throw BusinessException.invalid("to", "calendar.error.period-years", (Object[]) years);
        }
    }

    private static void notTooLong(NonWorkingPeriod period) {
        long days = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
        if (days > MAX_DAYS) {
            throw BusinessException.invalid("to", "calendar.error.period-too-long", MAX_DAYS, days);
        }
    }

    /** Refused unless confirmed when the stop is long or has begun, saying what it takes away. */
    private void confirmedIfNeeded(NonWorkingPeriod period, WorkingCalendar construction) {
        // the working days first: the count of projects is asked only when the answer is shown
        int workingDays = construction.workingDaysBetween(period.from().minusDays(1), period.to());
        boolean longStop = workingDays > CONFIRM_WORKING_DAYS;
        boolean begun = period.from().isBefore(LocalDate.now(clock));
        if (!longStop && !begun) {
            return;
        }
        String reason = longStop && begun
                ? "calendar.error.period-confirm.long-begun"
                : longStop ? "calendar.error.period-confirm.long" : "calendar.error.period-confirm.begun";
        StopImpact impact = impact(period.from(), period.to(), construction);
        throw BusinessException.invalid(
                "confirmed",
                "calendar.error.period-confirm",
                new DefaultMessageSourceResolvable(new String[] {reason}, new Object[] {CONFIRM_WORKING_DAYS}),
                impact.workingDays(),
                impact.projects());
    }
}
