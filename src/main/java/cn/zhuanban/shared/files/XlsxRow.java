package cn.zhuanban.shared.files;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of an {@link XlsxSheet}: its number as the spreadsheet shows it and its cells' values, read as text, a
 * decimal or a date the way people type them into a ledger. A value that cannot be read so is empty; whether that is
 * an error (a required cell, a cell with something else in it) is the importer's to say: {@code text(c).isEmpty()}
 * tells a blank cell from an unreadable one.
 */
public final class XlsxRow {

    /** 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, and 20260301. */
    private static final Pattern DATE =
            Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?|(\\d{4})(\\d{2})(\\d{2})");

    private final int number;
    private final List<Object> values;

    XlsxRow(int number, List<Object> values) {
        this.number = number;
        this.values = values;
    }

    /** The row's number as the spreadsheet shows it (the header is row 1). */
    public int number() {
        return number;
    }

    /**
     * The cell's text without surrounding blanks, "" when empty; a number in full (no exponent), a date as ISO. Without
     * the apostrophe an export put in front of text that would start a formula ({@link SpreadsheetText}).
     */
    public String text(int column) {
        return switch (value(column)) {
            case null -> "";
            case String s -> SpreadsheetText.restored(s.strip());
            case BigDecimal n -> plain(n).toPlainString();
            default -> value(column).toString();
        };
    }

    /** The cell as a number: a numeric cell, or text such as "1,200.50"; empty when blank or anything else. */
    public Optional<BigDecimal> decimal(int column) {
        Object value = value(column);
        if (value instanceof BigDecimal n) {
            return Optional.of(plain(n));
        }
        if (!(value instanceof String s) || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(s.strip().replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The cell as a date: a date cell, or text as the pattern above allows; empty when blank or anything else. */
    public Optional<LocalDate> date(int column) {
        Object value = value(column);
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        Matcher m = DATE.matcher(text(column));
        if (!m.matches()) {
            return Optional.empty();
        }
        int g = m.group(1) != null ? 1 : 4;
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)), Integer.parseInt(m.group(g + 2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    boolean blank() {
        for (int c = 0; c < values.size(); c++) {
            if (!text(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    int width() {
        return values.size();
    }

    private Object value(int column) {
        return column < values.size() ? values.get(column) : null;
    }

    /** The number as typed: 10.50 as 10.5, 1E+2 as 100 (the scale the text had, not the binary fraction's). */
    private static BigDecimal plain(BigDecimal n) {
        return new BigDecimal(n.stripTrailingZeros().toPlainString());
    }
}
