package cn.zhuanban.schedule.web;

import cn.zhuanban.schedule.PlanCellUndo.Cell;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A cell edit that was not saved: the sheet comes back with the plan as stored now, but this cell keeps what the user
 * typed, marked as not saved, with a button that sends it again. Either someone changed the plan after the page showed
 * it ({@code error} null): nothing is applied on a version the user did not see, since one edit can move every date,
 * so the user decides after seeing the other change. Or the value was refused ({@code error} says why, in the
 * reader's language): the user corrects what they typed rather than typing it all again.
 *
 * @param key the row
 * @param cell the cell of the row
 * @param typed the posted fields of the cell by name ({@code name}, {@code duration}, {@code constraintType} …)
 * @param error why the value was refused; null when it was not refused but met a plan changed meanwhile
 */
public record UnsavedCell(String key, Cell cell, Map<String, String> typed, String error) {

    /** The fields each cell posts. */
    private static final Map<Cell, String[]> FIELDS = Map.of(
            Cell.NAME, new String[] {"name"},
            Cell.DEPARTMENT, new String[] {"department"},
            Cell.STAGE, new String[] {"parentKey"},
            Cell.DURATION, new String[] {"duration"},
            Cell.PREDECESSORS, new String[] {"predecessors"},
            Cell.CONSTRAINT, new String[] {"constraintType", "constraintDate"},
            Cell.TARGET, new String[] {"targetDate"});

    /** An edit that met a plan changed since the page showed it. */
    static UnsavedCell of(String key, Cell cell, Map<String, String[]> parameters) {
        return refused(key, cell, parameters, null);
    }

    /** An edit whose value was refused for {@code error}. */
    static UnsavedCell refused(String key, Cell cell, Map<String, String[]> parameters, String error) {
        Map<String, String> typed = new HashMap<>();
        for (String field : FIELDS.get(cell)) {
            String[] values = parameters.get(field);
            typed.put(field, values == null || values.length == 0 ? "" : values[0]);
        }
        return new UnsavedCell(key, cell, typed, error);
    }

    /** Whether this is cell {@code cellName} ({@code NAME}, {@code DURATION} …) of row {@code rowKey}. */
    public boolean is(String rowKey, String cellName) {
        return key.equals(rowKey) && cell.name().equals(cellName);
    }

    /** What was typed into field {@code field} of the cell; empty when nothing. */
    public String value(String field) {
        return typed.getOrDefault(field, "");
    }

    /**
     * The type of the input that shows field {@code field}, normally {@code normal} ({@code number}, {@code date}): a
     * text input when the typed value is one that input could not show (a browser shows {@code abc} in a number input,
     * or {@code 2027-02-30} in a date input, as empty), so the refused value is seen as typed.
     */
    public String type(String field, String normal) {
        String typed = value(field).strip();
        if (typed.isEmpty()) {
            return normal;
        }
        boolean shown = switch (normal) {
            case "number" -> typed.matches("-?\\d{1,9}");
            case "date" -> isDate(typed);
            default -> true;
        };
        return shown ? normal : "text";
    }

    private static boolean isDate(String typed) {
        try {
            LocalDate.parse(typed);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The last part of the cell's address, {@code /projects/{id}/plan/rows/{key}/…}. */
    public String path() {
        return cell.name().toLowerCase(Locale.ROOT);
    }
}
