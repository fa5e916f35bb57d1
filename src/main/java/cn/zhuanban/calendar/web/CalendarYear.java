package cn.zhuanban.calendar.web;

import cn.zhuanban.calendar.CalendarDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A year laid out as twelve month grids (weeks start on Monday, under a row of the weekdays' names), each day
 * classified for its colour and today marked.
 */
record CalendarYear(int year, List<Month> months) {

    /** The header row of every month, Monday first as the grid. */
    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.values());

    record Month(YearMonth month, int leadingBlanks, List<Day> days) {}

    /** {@code kind}: work, weekend, holiday (statutory or district day off) or makeup (调休 working weekend). */
    record Day(CalendarDay day, String kind, boolean today) {}

    static CalendarYear of(int year, List<CalendarDay> days, LocalDate today) {
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            List<Day> inMonth = days.stream()
                    .filter(d -> YearMonth.from(d.date()).equals(ym))
                    .map(d -> new Day(d, kind(d), d.date().equals(today)))
                    .toList();
            months.add(new Month(ym, ym.atDay(1).getDayOfWeek().getValue() - 1, inMonth));
        }
        return new CalendarYear(year, months);
    }

    public List<DayOfWeek> weekdays() {
        return WEEKDAYS;
    }

    private static String kind(CalendarDay d) {
        boolean weekend =
                d.date().getDayOfWeek() == DayOfWeek.SATURDAY || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
        if (d.working()) {
            return weekend ? "makeup" : "work";
        }
        return weekend && d.name() == null ? "weekend" : "holiday";
    }
}
