package cn.zhuanban.calendar.web;

import cn.zhuanban.calendar.YearArrangement;
import cn.zhuanban.shared.BusinessException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A year's arrangement as typed on the calendar page: one row per holiday, its dates as text, so that every row comes
 * back as typed when one of them is refused. Make-up days are typed together, separated by commas, 、 or spaces.
 */
record YearForm(Integer year, List<Row> rows) {

    /** Blank rows under the holidays, for one the seven do not name (a special one-off holiday); more on request. */
    static final int SPARE_ROWS = 2;

    /** No form needs more: a year has seven holidays. */
    static final int MAX_ROWS = 30;

    record Row(String name, String firstOff, String lastOff, String makeUpDays) {

        static Row of(YearArrangement.Holiday h) {
            return new Row(
                    h.name(),
                    h.firstOff() == null ? "" : h.firstOff().toString(),
                    h.lastOff() == null ? "" : h.lastOff().toString(),
                    h.makeUpDays().stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        }

        static Row blank(String name) {
            return new Row(name, "", "", "");
        }
    }

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    YearForm {
        rows = rows == null
                ? List.of()
                : rows.stream().map(r -> r == null ? Row.blank("") : r).toList();
    }

    /** The year's rows as the calendar holds them, or the seven holidays blank for a year not imported. */
    static YearForm of(int year, List<YearArrangement.Holiday> holidays) {
        List<Row> rows = new ArrayList<>();
        if (holidays.isEmpty()) {
            YearArrangement.HOLIDAYS.forEach(name -> rows.add(Row.blank(name)));
        } else {
            holidays.forEach(h -> rows.add(Row.of(h)));
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(Row.blank(""));
        }
        return new YearForm(year, rows);
    }

    /** The form with one blank row more, everything typed kept. */
    YearForm withRowAdded() {
        List<Row> more = new ArrayList<>(rows);
        if (more.size() < MAX_ROWS) {
            more.add(Row.blank(""));
        }
        return new YearForm(year, more);
    }

    /**
     * The rows with their dates read; a date that cannot be read is added to {@code refusals} under its input and
     * left out, so that the calendar's checks of the other rows still say what they find.
     */
    List<YearArrangement.Holiday> holidays(List<BusinessException> refusals) {
        List<YearArrangement.Holiday> holidays = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String at = "rows[" + i + "].";
            List<LocalDate> makeUp = new ArrayList<>();
            if (row.makeUpDays() != null) {
                for (String part : row.makeUpDays().strip().split("[,，、;；\\s]+")) {
                    if (!part.isEmpty()) {
                        LocalDate d = date(part, at + "makeUpDays", refusals);
                        if (d != null) {
                            makeUp.add(d);
                        }
                    }
                }
            }
            holidays.add(new YearArrangement.Holiday(
                    row.name(),
                    date(row.firstOff(), at + "firstOff", refusals),
                    date(row.lastOff(), at + "lastOff", refusals),
                    makeUp));
        }
        return holidays;
    }

    private static LocalDate date(String text, String field, List<BusinessException> refusals) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().replace('/', '-').replace('.', '-'), DATE);
        } catch (DateTimeParseException e) {
            refusals.add(BusinessException.invalid(field, "calendar.year-form.date", text.strip()));
            return null;
        }
    }
}
