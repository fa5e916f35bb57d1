package cn.zhuanban.calendar;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A year's statutory holidays as an administrator types them on the calendar page: one row per holiday with its first
 * and last day off and its make-up working days (调休上班). Checked row by row, each fault under its field, and then
 * turned into the same in-memory year an uploaded file gives ({@link HolidayCnJson.Year}), which is imported the same
 * way ({@link YearArrangements#save}). Without the form, a year without a file took some thirty single-day corrections.
 */
public final class YearArrangement {

    /** The seven statutory holidays, in the order of the year: the rows a new year's form starts with. */
    public static final List<String> HOLIDAYS = List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");

    /** The longest holiday a row may give: the longest published is nine days; more is a mistyped date. */
    static final int MAX_HOLIDAY_DAYS = 31;

    /**
     * One holiday. {@code firstOff} and {@code lastOff} are given together or not at all (a row of make-up days only);
     * a row with neither dates nor make-up days is left out whatever its name.
     */
    public record Holiday(String name, LocalDate firstOff, LocalDate lastOff, List<LocalDate> makeUpDays) {

        public Holiday {
            makeUpDays = makeUpDays == null ? List.of() : List.copyOf(makeUpDays);
        }

        boolean blank() {
            return firstOff == null && lastOff == null && makeUpDays.isEmpty();
        }
    }

    private YearArrangement() {}

    /**
     * The faults of the rows, each naming its input ({@code rows[2].lastOff}); none when the year may be imported.
     * Dates that could not be read are the caller's to refuse: they are null here.
     */
    static List<BusinessException> check(int year, List<Holiday> rows) {
        List<BusinessException> refusals = new ArrayList<>();
        LocalDate earliest = HolidayYearCheck.DECEMBER_BEFORE.atYear(year - 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<LocalDate, Integer> offDays = new HashMap<>();
        Map<LocalDate, Integer> makeUpDays = new HashMap<>();
        int offInYear = 0;
        for (int i = 0; i < rows.size(); i++) {
            Holiday row = rows.get(i);
            String at = "rows[" + i + "].";
            if (row == null || row.blank()) {
                continue;
            }
            String name = row.name() == null ? "" : row.name().strip();
            if (name.isEmpty() || name.length() > CalendarInput.DAY_NAME_MAX) {
                refusals.add(BusinessException.invalid(
                        at + "name", "calendar.year-form.name-error", CalendarInput.DAY_NAME_MAX));
            }
            int beforeSpan = refusals.size();
            if (row.firstOff() == null && row.lastOff() != null) {
                refusals.add(BusinessException.invalid(at + "firstOff", "calendar.year-form.both-dates"));
            } else if (row.firstOff() != null && row.lastOff() == null) {
                refusals.add(BusinessException.invalid(at + "lastOff", "calendar.year-form.both-dates"));
            } else if (row.firstOff() != null) {
                checkSpan(year, row, at, earliest, refusals);
            }
            boolean spanRight = refusals.size() == beforeSpan;
            int beforeMakeUp = refusals.size();
            for (LocalDate day : row.makeUpDays()) {
                if (day.isBefore(earliest) || day.isAfter(last)) {
                    refusals.add(BusinessException.invalid(
                            at + "makeUpDays", "calendar.year-form.outside", day.toString(), Integer.toString(year)));
                } else if (!weekend(day)) {
                    refusals.add(BusinessException.invalid(
                            at + "makeUpDays", "calendar.year-form.not-weekend", day.toString(), weekday(day)));
                }
            }
            boolean makeUpRight = refusals.size() == beforeMakeUp;
            // overlaps are judged on the dates that are right in themselves
            if (spanRight && row.firstOff() != null) {
                for (LocalDate d = row.firstOff(); !d.isAfter(row.lastOff()); d = d.plusDays(1)) {
                    Integer other = offDays.putIfAbsent(d, i);
                    if (other != null || makeUpDays.containsKey(d)) {
                        int with = other != null ? other : makeUpDays.get(d);
                        refusals.add(overlap(at + "firstOff", d, with, rows));
                        break;
                    }
                    offInYear += d.getYear() == year && d.getMonthValue() < 12 ? 1 : 0;
                }
            }
            for (LocalDate day : makeUpRight ? row.makeUpDays() : List.<LocalDate>of()) {
                Integer other = makeUpDays.putIfAbsent(day, i);
                Integer off = offDays.get(day);
                if (other != null || off != null) {
                    refusals.add(overlap(at + "makeUpDays", day, other != null ? other : off, rows));
                    break;
                }
            }
        }
        if (refusals.isEmpty() && offInYear < HolidayYearCheck.MIN_OFF_DAYS) {
            refusals.add(new BusinessException(
                    ErrorCode.VALIDATION,
                    new DefaultMessageSourceResolvable(
                            new String[] {"calendar.year-form.too-few"},
                            new Object[] {Integer.toString(year), offInYear, HolidayYearCheck.MIN_OFF_DAYS})));
        }
        return refusals;
    }

    private static void checkSpan(int year, Holiday row, String at, LocalDate earliest, List<BusinessException> out) {
        if (row.firstOff().isBefore(earliest) || row.firstOff().isAfter(LocalDate.of(year, 12, 31))) {
            out.add(BusinessException.invalid(
                    at + "firstOff",
                    "calendar.year-form.outside",
                    row.firstOff().toString(),
                    Integer.toString(year)));
        }
        if (row.lastOff().getYear() != year) {
            out.add(BusinessException.invalid(
                    at + "lastOff", "calendar.year-form.outside", row.lastOff().toString(), Integer.toString(year)));
        } else if (row.lastOff().isBefore(row.firstOff())) {
            out.add(BusinessException.invalid(at + "lastOff", "calendar.year-form.order"));
        } else if (ChronoUnit.DAYS.between(row.firstOff(), row.lastOff()) >= MAX_HOLIDAY_DAYS) {
            out.add(BusinessException.invalid(at + "lastOff", "calendar.year-form.too-long", MAX_HOLIDAY_DAYS));
        }
    }

    private static BusinessException overlap(String field, LocalDate day, int row, List<Holiday> rows) {
        String name = rows.get(row).name() == null ? "" : rows.get(row).name().strip();
        return BusinessException.invalid(field, "calendar.year-form.overlap", day.toString(), row + 1, name);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static DefaultMessageSourceResolvable weekday(LocalDate day) {
        return new DefaultMessageSourceResolvable("meeting.weekday." + day.getDayOfWeek());
    }

    /** The year as an uploaded file gives it: every day off of each row, and its make-up days, under its name. */
    static HolidayCnJson.Year toYear(int year, List<Holiday> rows) {
        List<DayException> days = new ArrayList<>();
        for (Holiday row : rows) {
            if (row == null || row.blank()) {
                continue;
            }
            String name = row.name().strip();
            if (row.firstOff() != null) {
                for (LocalDate d = row.firstOff(); !d.isAfter(row.lastOff()); d = d.plusDays(1)) {
                    days.add(DayException.holiday(d, name));
                }
            }
            row.makeUpDays().forEach(d -> days.add(DayException.makeUpDay(d, name)));
        }
        days.sort(Comparator.comparing(DayException::date));
        return new HolidayCnJson.Year(year, days);
    }

    /**
     * The rows of a year the calendar holds: each run of consecutive days off of one name is a row, the make-up days
     * go with the first row of their name (or a row of their own). {@code days} are the statutory days from the
     * December before to the end of the year; those of the year's last December days that the next year's New Year
     * holiday took ({@code nextYearNames}, the names of the next January's days) belong to that year and are left out.
     */
    static List<Holiday> rowsOf(int year, List<DayException> days, Set<String> nextYearNames) {
        LocalDate lateDecember = HolidayYearCheck.DECEMBER_BEFORE.atYear(year);
        Set<String> namesInYear = new HashSet<>();
        days.stream().filter(d -> d.date().getYear() == year).forEach(d -> namesInYear.add(d.name()));
        List<DayException> ours = days.stream()
                .filter(d -> d.date().getYear() == year
                        ? d.date().isBefore(lateDecember) || !nextYearNames.contains(d.name())
                        : namesInYear.contains(d.name()))
                .sorted(Comparator.comparing(DayException::date))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (DayException d : ours) {
            if (d.working()) {
                continue;
            }
            Row lastRow = rows.isEmpty() ? null : rows.getLast();
            if (lastRow != null
                    && lastRow.name.equals(d.name())
                    && lastRow.last.plusDays(1).equals(d.date())) {
                lastRow.last = d.date();
            } else {
                rows.add(new Row(d.name(), d.date()));
            }
        }
        for (DayException d : ours) {
            // A weekday listed as worked (2020-02-03, after the extended Spring Festival) changes nothing and is not a
            // make-up day the form takes: left out, so that the year opened comes back as it is saved.
            if (d.working() && weekend(d.date())) {
                Row row = rows.stream()
                        .filter(r -> r.name.equals(d.name()))
                        .findFirst()
                        .orElseGet(() -> {
                            Row own = new Row(d.name(), null);
                            rows.add(own);
                            return own;
                        });
                row.makeUp.add(d.date());
            }
        }
        return rows.stream()
                .map(r -> new Holiday(r.name, r.first, r.last, r.makeUp))
                .toList();
    }

    private static final class Row {
        final String name;
        final LocalDate first;
        LocalDate last;
        final List<LocalDate> makeUp = new ArrayList<>();

        Row(String name, LocalDate first) {
            this.name = name == null ? "" : name;
            this.first = first;
            this.last = first;
        }
    }
}
