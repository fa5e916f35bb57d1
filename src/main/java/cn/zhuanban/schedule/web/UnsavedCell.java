package cn.zhuanban.schedule.web;

import cn.zhuanban.schedule.PlanCellUndo.Cell;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A cell edit that was not saved because someone changed the plan after the page showed it: the sheet comes back with
 * the plan as stored now (its new version), but this cell keeps what the user typed, marked as not saved, with a
 * button that sends it again on the new version. Nothing is applied on a version the user did not see: one edit can
 * move every date, so the user decides after seeing the other change.
 *
 * @param key the row
 * @param cell the cell of the row
 * @param typed the posted fields of the cell by name ({@code name}, {@code duration}, {@code constraintType} …)
 */
public record UnsavedCell(String key, Cell cell, Map<String, String> typed) {

    /** The fields each cell posts. */
    private static final Map<Cell, String[]> FIELDS = Map.of(
            Cell.NAME, new String[] {"name"},
            Cell.DEPARTMENT, new String[] {"department"},
            Cell.STAGE, new String[] {"parentKey"},
            Cell.DURATION, new String[] {"duration"},
            Cell.PREDECESSORS, new String[] {"predecessors"},
            Cell.CONSTRAINT, new String[] {"constraintType", "constraintDate"},
            Cell.TARGET, new String[] {"targetDate"});

    static UnsavedCell of(String key, Cell cell, Map<String, String[]> parameters) {
        Map<String, String> typed = new HashMap<>();
        for (String field : FIELDS.get(cell)) {
            String[] values = parameters.get(field);
            typed.put(field, values == null || values.length == 0 ? "" : values[0]);
        }
        return new UnsavedCell(key, cell, typed);
    }

    /** Whether this is cell {@code cellName} ({@code NAME}, {@code DURATION} …) of row {@code rowKey}. */
    public boolean is(String rowKey, String cellName) {
        return key.equals(rowKey) && cell.name().equals(cellName);
    }

    /** What was typed into field {@code field} of the cell; empty when nothing. */
    public String value(String field) {
        return typed.getOrDefault(field, "");
    }

    /** The last part of the cell's address, {@code /projects/{id}/plan/rows/{key}/…}. */
    public String path() {
        return cell.name().toLowerCase(Locale.ROOT);
    }
}
