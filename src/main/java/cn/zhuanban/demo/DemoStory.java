package cn.zhuanban.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * When the demo district's story happens. The story is told as of November 2026: its fixed dates (projects' starts
 * and targets, the enterprise plan's deadlines, the years its texts name) are moved by the whole months between then
 * and the month the demo is seeded, so a district seeded in 2027 or 2028 shows projects under way instead of projects
 * a year past their targets, and one seeded on a clock set back still tells the same story. Whole months keep each
 * date's day of the month (a month's last day stays the last day), so the monthly targets, reports and lights fall
 * as they do in November 2026. Everything else the demo seeds is already counted back from the day it is seeded.
 */
@Component
class DemoStory {

    static final YearMonth TOLD_IN = YearMonth.of(2026, 11);

    private final Clock clock;

    DemoStory(Clock clock) {
        this.clock = clock;
    }

    /** The whole months from the story's month to the month the demo is seeded (negative on a clock set back). */
    long months() {
        return ChronoUnit.MONTHS.between(TOLD_IN, YearMonth.now(clock));
    }

    /** A date of the story as written ({@code 2027-06-30}), moved to the day it falls on now. */
    LocalDate date(String written) {
        return moved(LocalDate.parse(written), months());
    }

    LocalDate date(int year, int month, int day) {
        return moved(LocalDate.of(year, month, day), months());
    }

    /** A month of the story as its texts name it ("2027 年 6 月"), moved. */
    String month(int year, int month) {
        YearMonth moved = YearMonth.of(year, month).plusMonths(months());
        return moved.getYear() + " 年 " + moved.getMonthValue() + " 月";
    }

    /** A year of the story as its texts name it, moved with the story's own month. */
    int year(int year) {
        return TOLD_IN.withYear(year).plusMonths(months()).getYear();
    }

    /**
     * A project code ({@code 2024-410199-27-03-015832}) whose leading year is the year of its filing, moved as the
     * project's start moves (the code was filed before the start).
     */
    String projectCode(String written, String start) {
        if (written.isEmpty()) {
            return written;
        }
        int years = date(start).getYear() - LocalDate.parse(start).getYear();
        return (Integer.parseInt(written.substring(0, 4)) + years) + written.substring(4);
    }

    static LocalDate moved(LocalDate date, long months) {
        LocalDate moved = date.plusMonths(months);
        return date.getDayOfMonth() == date.lengthOfMonth() ? moved.withDayOfMonth(moved.lengthOfMonth()) : moved;
    }
}
