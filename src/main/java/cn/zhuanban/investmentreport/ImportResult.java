package cn.zhuanban.investmentreport;

import java.util.List;

/** The outcome of an import: how many rows were saved (all or none) and every bad row with its reasons. */
public record ImportResult(int imported, int rows, List<RowError> errors) {

    /** A reason a row was refused: its row number as the spreadsheet shows it, the column, a message key and arguments. */
    public record RowError(int row, String column, String messageKey, List<Object> args) {}

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
