package cn.zhuanban.calendar.web;

import cn.zhuanban.calendar.CalendarDay;
import cn.zhuanban.calendar.PeriodView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A year laid out as twelve month grids (weeks start on Monday, under a row of the weekdays' names), each day
 * classified for its colour and today marked. The district's stops are marked as such: they were coloured as
 * holidays, or as plain weekends, and only the list under the grids told that work stops on those days.
 */
record CalendarYear(int year, List<Month> months) {

    /** The header row of every month, Monday first as the grid. */
    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.values());

    record Month(YearMonth month, int leadingBlanks, List<Day> days) {}

    /**
     * {@code kind}: work, weekend, holiday (statutory or other day off), makeup (调休 working weekend) or stop (a day
     * off in one of the district's non-working periods).
     */
    record Day(CalendarDay day, String kind, boolean today) {}

    static CalendarYear of(int year, List<CalendarDay> days, List<PeriodView> stops, LocalDate today) {
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            List<Day> inMonth = days.stream()
                    .filter(d -> YearMonth.from(d.date()).equals(ym))
                    .map(d -> new Day(d, kind(d, stops), d.date().equals(today)))
                    .toList();
            months.add(new Month(ym, ym.atDay(1).getDayOfWeek().getValue() - 1, inMonth));
        }
        return new CalendarYear(year, months);
    }

    public List<DayOfWeek> weekdays() {
        return WEEKDAYS;
    }

    private static String kind(CalendarDay d, List<PeriodView> stops) {
        if (!d.working()
                && stops.stream()
                        .anyMatch(p -> !d.date().isBefore(p.from()) && !d.date().isAfter(p.to()))) {
            return "stop";
        }
        boolean weekend =
                d.date().getDayOfWeek() == DayOfWeek.SATURDAY || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
        if (d.working()) {
            return weekend ? "makeup" : "work";
        }
        return weekend && d.name() == null ? "weekend" : "holiday";
    }
}
