package cn.zhuanban.shared.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an uploaded XLSX file as values, for the imports of ledgers. POI parses the package's XML with
 * DOCTYPEs refused and entity expansion off (its XMLHelper) and refuses zip bombs by inflate ratio; this class adds the
 * refusals a user can act on: an empty file, one too large, one that is not XLSX (judged by content), too many rows.
 * Row 1 is the header; blank rows are skipped and not counted; every row keeps the number the spreadsheet shows. The values are taken
 * out while the workbook is open, so nothing here holds POI objects.
 */
public final class XlsxSheet {

    /** Why a file is not read; the message of each is {@code import.file.<name in lower case, dashed>}. */
    public enum Refusal {
        EMPTY,
        TOO_LARGE,
        NOT_XLSX,
        TOO_MANY_ROWS;

        public String messageKey() {
            return "import.file." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A file that cannot be read as a ledger, and why. */
    public static final class Unreadable extends RuntimeException {

        private final Refusal reason;

        Unreadable(Refusal reason, Throwable cause) {
            super(reason.name(), cause);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final List<String> header;
    private final List<XlsxRow> rows;

    private XlsxSheet(List<String> header, List<XlsxRow> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Checks the upload's size and type before POI sees it, then reads it. */
    public static XlsxSheet read(byte[] content, long maxBytes, int maxRows) {
        if (content.length == 0) {
            throw new Unreadable(Refusal.EMPTY, null);
        }
        if (content.length > maxBytes) {
            throw new Unreadable(Refusal.TOO_LARGE, null);
        }
        if (!FileTypes.detect(content).filter(XLSX::equals).isPresent()) {
            throw new Unreadable(Refusal.NOT_XLSX, null);
        }
        return read(new ByteArrayInputStream(content), maxRows);
    }

    /** Reads a file already checked for size; anything POI cannot or will not read is {@link Refusal#NOT_XLSX}. */
    public static XlsxSheet read(InputStream in, int maxRows) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<XlsxRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                XlsxRow read = new XlsxRow(row.getRowNum() + 1, values(row));
                if (row.getRowNum() == 0 || read.blank()) {
                    continue; // the header, or a row of nothing
                }
                // Rows that hold something count: formatting applied far below the data makes empty rows too.
                if (rows.size() == maxRows) {
                    throw new Unreadable(Refusal.TOO_MANY_ROWS, null);
                }
                rows.add(read);
            }
            XlsxRow header = new XlsxRow(1, values(sheet.getRow(0)));
            List<String> names = new ArrayList<>();
            for (int c = 0; c < header.width(); c++) {
                names.add(header.text(c));
            }
            return new XlsxSheet(List.copyOf(names), List.copyOf(rows));
        } catch (Unreadable e) {
            throw e;
        } catch (Exception e) {
            // Not an XLSX file, a damaged one, or one POI refuses as unsafe.
            throw new Unreadable(Refusal.NOT_XLSX, e);
        }
    }

    /** The texts of row 1, one per column up to the last one filled. */
    public List<String> header() {
        return header;
    }

    /** The rows below the header that hold anything. */
    public List<XlsxRow> rows() {
        return rows;
    }

    /** The row's values up to its last one that is not empty (styled empty cells reach far to the right). */
    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        if (row != null) {
            for (Cell cell : row) {
                Object value = value(cell);
                if (value != null) {
                    while (values.size() <= cell.getColumnIndex()) {
                        values.add(null);
                    }
                    values.set(cell.getColumnIndex(), value);
                }
            }
        }
        return Collections.unmodifiableList(values);
    }

    /** A string, a number, a date or a yes/no; for a formula, the value Excel or WPS last computed. */
    private static Object value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate()
                        : BigDecimal.valueOf(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> null;
        };
    }
}
