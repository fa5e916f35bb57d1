package cn.zhuanban.calendar.web;

import java.util.SortedSet;

/**
 * The years the calendar page leads to: from the first year with statutory holidays to the year after the last one
 * (the one to import next), and always this year and the next. Earlier years count Monday to Friday with no holidays:
 * a page of them shows nothing the calendar knows.
 */
record YearRange(int first, int last) {

    static YearRange of(SortedSet<Integer> holidayYears, int thisYear) {
        if (holidayYears.isEmpty()) {
            return new YearRange(thisYear, thisYear + 1);
        }
        return new YearRange(Math.min(holidayYears.first(), thisYear), Math.max(holidayYears.last(), thisYear) + 1);
    }

    /** The year before {@code year} within the range (its last year from a page past it), or null before its first. */
    Integer previous(int year) {
        return year > first ? Math.min(year - 1, last) : null;
    }

    /** The year after {@code year} within the range (its first year from a page before it), or null past its last. */
    Integer next(int year) {
        return year < last ? Math.max(year + 1, first) : null;
    }
}
