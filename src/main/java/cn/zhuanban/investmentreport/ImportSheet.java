package cn.zhuanban.investmentreport;

import cn.zhuanban.investmentreport.ImportResult.RowError;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.files.XlsxRow;
import cn.zhuanban.shared.files.XlsxSheet;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of the import template, through {@link XlsxSheet} (safe parsing, the row limit, blank rows skipped).
 * Columns: project id, project name (ignored), year, month, this month, year to date, since start,
 * explanation above the total, progress note.
 */
final class ImportSheet {

    static final int MAX_ROWS = 5000;
    static final List<String> COLUMNS = List.of(
            "projectId",
            "projectName",
            "year",
            "month",
            "thisMonth",
            "yearToDate",
            "sinceStart",
            "overTotalExplanation",
            "progressNote");

    /** A row as read: its number, the project and the form, or the errors that kept it from being read. */
    record Parsed(int row, Long projectId, ReportForm form, List<RowError> errors) {}

    private ImportSheet() {}

    static List<Parsed> read(InputStream in) {
        try {
            return XlsxSheet.read(in, MAX_ROWS).rows().stream()
                    .map(ImportSheet::parse)
                    .toList();
        } catch (XlsxSheet.Unreadable e) {
            // Not an XLSX file, a damaged one, one POI refuses as unsafe, or one with too many rows.
            throw new BusinessException(ErrorCode.INVESTMENT_IMPORT_FILE, "file", MAX_ROWS);
        }
    }

    private static Parsed parse(XlsxRow row) {
        int number = row.number();
        List<RowError> errors = new ArrayList<>();
        Cells cells = new Cells(row, number, errors);
        BigDecimal id = cells.number(0, "projectId");
        Long projectId = id == null ? null : id.longValue();
        BigDecimal year = cells.number(2, "year");
        BigDecimal month = cells.number(3, "month");
        ReportForm form = new ReportForm(
                year == null ? null : year.intValue(),
                month == null ? null : month.intValue(),
                cells.number(4, "thisMonth"),
                cells.number(5, "yearToDate"),
                cells.number(6, "sinceStart"),
                cells.text(7, "overTotalExplanation", 500),
                cells.text(8, "progressNote", 1000));
        if (errors.isEmpty() && (form.month() < 1 || form.month() > 12 || form.year() < 2000 || form.year() > 2100)) {
            errors.add(new RowError(number, "month", "investment.import.bad-month", List.of()));
        }
        return new Parsed(number, projectId, form, List.copyOf(errors));
    }

    /** Reads typed cells of one row, adding an error per unreadable or missing required cell (once per column). */
    private record Cells(XlsxRow row, int number, List<RowError> errors) {

        BigDecimal number(int column, String name) {
            if (row.text(column).isEmpty()) {
                addOnce(name, "investment.import.required");
                return null;
            }
            BigDecimal value = row.decimal(column).orElse(null);
            if (value == null) {
                addOnce(name, "investment.import.not-a-number");
                return null;
            }
            if (value.scale() > 2) {
                addOnce(name, "investment.import.decimals");
                return null;
            }
            // The columns hold 12 digits before the point: more was refused by the database, failing the
            // whole import without naming the row.
            if (value.precision() - value.scale() > 12) {
                addOnce(name, "investment.import.too-large");
                return null;
            }
            return value;
        }

        /** The cell's text, at most {@code max} characters as the monthly report form allows. */
        String text(int column, String name, int max) {
            String text = row.text(column);
            if (text.length() > max) {
                errors.add(new RowError(number, name, "investment.import.too-long", List.of(max)));
                return null;
            }
            return text.isEmpty() ? null : text;
        }

        private void addOnce(String column, String key) {
            if (errors.stream().noneMatch(e -> e.column().equals(column))) {
                errors.add(new RowError(number, column, key, List.of()));
            }
        }
    }
}
