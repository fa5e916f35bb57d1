package cn.zhuanban.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.calendar.CalendarDay;
import cn.zhuanban.calendar.PeriodView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The year view marks the district's stops (a non-working period such as 重污染停工) as days of their own, apart from
 * holidays and make-up days: they were coloured as holidays, or as plain weekends, and only the list below said so.
 */
class CalendarYearStopsTests {

    private static final PeriodView SMOG =
            new PeriodView(1, LocalDate.of(2027, 3, 6), LocalDate.of(2027, 3, 10), "重污染停工");

    @Test
    void theDaysOffOfAStopAreMarkedAsAStopWeekendsInsideItToo() {
        CalendarYear year = CalendarYear.of(
                2027,
                List.of(
                        off("2027-03-05", null),
                        off("2027-03-06", "重污染停工"),
                        off("2027-03-08", "重污染停工"),
                        off("2027-03-10", "重污染停工"),
                        off("2027-03-11", "植树节"),
                        working("2027-03-12", null)),
                List.of(SMOG),
                LocalDate.of(2027, 1, 4));
        assertThat(kinds(year)).containsExactly("holiday", "stop", "stop", "stop", "holiday", "work");
    }

    @Test
    void holidaysMakeUpDaysAndWorkingDaysInsideAStopKeepTheirOwnKind() {
        CalendarYear year = CalendarYear.of(
                2027,
                List.of(
                        off("2027-02-11", "春节"),
                        working("2027-02-20", "春节"),
                        working("2027-03-09", "补上班"), // a working override inside the stop is worked
                        off("2027-03-13", null)),
                List.of(SMOG),
                LocalDate.of(2027, 1, 4));
        assertThat(kinds(year)).containsExactly("holiday", "makeup", "work", "weekend");
    }

    private static List<String> kinds(CalendarYear year) {
        return year.months().stream()
                .flatMap(m -> m.days().stream())
                .map(CalendarYear.Day::kind)
                .toList();
    }

    private static CalendarDay off(String date, String name) {
        return new CalendarDay(LocalDate.parse(date), false, name);
    }

    private static CalendarDay working(String date, String name) {
        return new CalendarDay(LocalDate.parse(date), true, name);
    }
}
