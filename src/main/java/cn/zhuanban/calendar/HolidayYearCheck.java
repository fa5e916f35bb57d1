package cn.zhuanban.calendar;

import cn.zhuanban.calendar.domain.CalendarStore;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a holiday-cn year must be before it replaces anything. A file of 2027 listing only 2026-01-01 was taken as
 * 2027's, said so, renamed 2026's New Year's Day and left 2027 missing. The shipped files (2007–2027) hold days of
 * their own year and, for a New Year holiday that begins in the old year, the last days of the December before
 * (2007, 2008, 2012, 2019, 2023: 29–31 December, named 元旦 as the holiday's days in the year); no file holds a day
 * of the following year. Nothing else is accepted, and a December day another year's file already put in is not
 * given a different meaning.
 */
final class HolidayYearCheck {

    /** A published year has seven statutory holidays, 22 or more days off; fewer than this is not a year's file. */
    static final int MIN_OFF_DAYS = 5;

    /** From this day of the December before, a file may carry days of a New Year holiday that begins there. */
    static final MonthDay DECEMBER_BEFORE = CalendarStore.NEW_YEAR_SPAN_FROM;

    private HolidayYearCheck() {}

    /**
     * Refuses the year, naming the first fault in the administrator's words.
     *
     * @param stored the statutory days the calendar holds in the December before (another year's file put them in)
     * @param complete whether the file must be a whole year's arrangement (an upload), not a test's or a correction's
     *     few days
     */
    static void check(HolidayCnJson.Year year, Map<LocalDate, DayException> stored, boolean complete) {
        int y = year.year();
        Set<String> namesInYear = year.days().stream()
                .filter(d -> d.date().getYear() == y && d.name() != null)
                .map(d -> d.name().strip())
                .collect(Collectors.toSet());
        Set<LocalDate> seen = new HashSet<>();
        for (DayException day : year.days()) {
            String name = day.name() == null ? "" : day.name().strip();
            if (name.isEmpty()) {
                throw refused("calendar.file.name-missing", day.date().toString());
            }
            if (name.length() > CalendarInput.DAY_NAME_MAX) {
                throw refused("calendar.file.name-long", day.date().toString(), CalendarInput.DAY_NAME_MAX);
            }
            if (!seen.add(day.date())) {
                throw refused("calendar.file.duplicate", day.date().toString());
            }
            if (day.date().getYear() != y) {
                checkDecemberBefore(day, name, y, namesInYear, stored.get(day.date()));
            }
        }
        long offDays = year.days().stream()
                .filter(d -> !d.working() && d.date().getYear() == y && d.date().getMonthValue() < 12)
                .count();
        // Counted before December: the next year's New Year holiday may begin there, and says nothing of this year.
        if (complete && offDays < MIN_OFF_DAYS) {
            throw refused("calendar.file.too-few", Integer.toString(y), offDays, MIN_OFF_DAYS);
        }
    }

    private static void checkDecemberBefore(
            DayException day, String name, int year, Set<String> namesInYear, DayException stored) {
        boolean decemberBefore = day.date().getYear() == year - 1
                && !MonthDay.from(day.date()).isBefore(DECEMBER_BEFORE)
                && namesInYear.contains(name);
        if (!decemberBefore) {
            throw refused("calendar.file.other-year", day.date().toString(), Integer.toString(year));
        }
        if (stored != null && (stored.working() != day.working() || !Objects.equals(stored.name(), name))) {
            throw refused(
                    "calendar.file.conflict",
                    day.date().toString(),
                    Objects.requireNonNullElse(stored.name(), ""),
                    kind(stored),
                    name,
                    kind(day));
        }
    }

    private static DefaultMessageSourceResolvable kind(DayException day) {
        return new DefaultMessageSourceResolvable(day.working() ? "calendar.day.working" : "calendar.day.off");
    }

    private static BusinessException refused(String key, Object... args) {
        return new BusinessException(
                ErrorCode.CALENDAR_FILE, new DefaultMessageSourceResolvable(new String[] {key}, args));
    }
}
