package cn.zhuanban.shared.files;

import java.util.List;

/**
 * The outcome of an all-or-nothing import of a ledger: how many rows were saved (all or none), every bad row with its
 * reasons, and the rows saved as they were but worth a second look.
 */
public record ImportOutcome(int imported, int rows, List<RowProblem> errors, List<RowProblem> warnings) {

    public ImportOutcome {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public static ImportOutcome refused(int rows, List<RowProblem> errors, List<RowProblem> warnings) {
        return new ImportOutcome(0, rows, errors, warnings);
    }

    public static ImportOutcome imported(int rows, List<RowProblem> warnings) {
        return new ImportOutcome(rows, rows, List.of(), warnings);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
