package cn.zhuanban.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one year of the holiday-cn data set: {@code {"year": 2026, "days": [{"name", "date", "isOffDay"}]}}. Only
 * exceptions are listed: {@code isOffDay: true} is a statutory holiday, {@code false} a make-up working day (调休).
 * Unknown members ({@code $schema}, {@code papers}) are ignored. Errors name the offending field.
 */
public final class HolidayCnJson {

    /**
     * A file that is not a holiday-cn year: the message in English for the log, and a message key with its arguments
     * for the administrator who uploaded it, who was shown the parser's English ("expected '\"'").
     */
    public static final class Unreadable extends IllegalArgumentException {

        private final String messageKey;
        private final transient Object[] args;

        Unreadable(String message, String messageKey, Object... args) {
            super(message);
            this.messageKey = messageKey;
            this.args = args;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** One parsed file. */
    public record Year(int year, List<DayException> days) {

        public Year {
            days = List.copyOf(days);
        }
    }

    private HolidayCnJson() {}

    public static Year read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday file " + file, e);
        }
    }

    public static Year read(InputStream in) {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday data", e);
        }
    }

    public static Year parse(String json) {
        Map<?, ?> root = member(MiniJson.parse(json), Map.class, "$");
        int year = year(root.get("year"));
        List<?> days = member(root.get("days"), List.class, "days");
        List<DayException> result = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            result.add(day(days.get(i), "days[" + i + "]"));
        }
        return new Year(year, result);
    }

    private static DayException day(Object value, String field) {
        Map<?, ?> day = member(value, Map.class, field);
        String name = member(day.get("name"), String.class, field + ".name");
        String date = member(day.get("date"), String.class, field + ".date");
        Boolean offDay = member(day.get("isOffDay"), Boolean.class, field + ".isOffDay");
        try {
            return new DayException(LocalDate.parse(date), !offDay, name);
        } catch (DateTimeParseException e) {
            Unreadable unreadable = new Unreadable(
                    field + ".date: not an ISO date: " + date, "calendar.file.date", field + ".date", date);
            unreadable.initCause(e);
            throw unreadable;
        }
    }

    private static int year(Object value) {
        BigDecimal year = member(value, BigDecimal.class, "year");
        try {
            return year.intValueExact();
        } catch (ArithmeticException e) {
            Unreadable unreadable = new Unreadable("year: not a whole number: " + year, "calendar.file.field", "year");
            unreadable.initCause(e);
            throw unreadable;
        }
    }

    private static <T> T member(Object value, Class<T> type, String field) {
        if (!type.isInstance(value)) {
            String found = value == null ? "nothing" : value.getClass().getSimpleName();
            throw new Unreadable(
                    field + ": expected " + type.getSimpleName() + " but found " + found, "calendar.file.field", field);
        }
        return type.cast(value);
    }
}
