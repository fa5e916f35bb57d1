package cn.zhuanban.shared.web;

import static cn.zhuanban.shared.ClockConfiguration.DISTRICT_ZONE;

import cn.zhuanban.shared.files.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams a ledger into an XLSX file that WPS and Excel open, keeping only a window of rows in
 * memory so that exports of a province's data do not exhaust the heap.
 */
public final class XlsxWriter implements AutoCloseable {

    /** A double holds about 15 significant digits: more decimals than these would show only its noise. */
    private static final int MAX_SHOWN_DECIMALS = 6;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final Map<Integer, CellStyle> decimalStyles = new HashMap<>();
    private int rowIndex;

    public XlsxWriter(String sheetName, List<String> headers) {
        // Zip64 entries written ahead of their sizes are what java.util.zip cannot read back: uploaded again (an export
        // or a template to import), such a file was refused as no XLSX. A ledger never nears the 4 GB Zip64 is for.
        workbook.setZip64Mode(Zip64Mode.Never);
        // a sheet's name is a ledger's title in the user's language: Excel refuses some characters there (the English
        // "District battle map: monthly targets") and more than 31 characters
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(
                workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        Row header = sheet.createRow(rowIndex++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Makes a column hold text as typed (Excel's "@" format): codes keep every digit, phone numbers a leading 0. */
    public void textColumn(int column) {
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("@"));
        sheet.setDefaultColumnStyle(column, text);
    }

    /** Makes a column's cells dates shown as yyyy-mm-dd, so that a date typed in is a date cell. */
    public void dateColumn(int column) {
        sheet.setDefaultColumnStyle(column, dateStyle);
    }

    /** Offers these values in a drop-down on the column's first {@code rows} cells below the header, and only them. */
    public void choices(int column, List<String> values, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, rows, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    /** The rows written below the header. */
    public int rows() {
        return rowIndex - 1;
    }

    public void row(Object... values) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.length; i++) {
            write(row.createCell(i), values[i]);
        }
    }

    private void write(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case BigDecimal number -> {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(decimalStyle(number.scale()));
            }
            case Number number -> cell.setCellValue(number.doubleValue());
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
            case Instant instant -> {
                // A moment is shown as the district's wall-clock time, as on the pages, not as UTC text.
                cell.setCellValue(LocalDateTime.ofInstant(instant, DISTRICT_ZONE));
                cell.setCellStyle(dateTimeStyle);
            }
            case TemporalAccessor time -> cell.setCellValue(time.toString());
            case Boolean flag -> cell.setCellValue(flag);
            default -> cell.setCellValue(SpreadsheetText.neutralised(value.toString()));
        }
    }

    /**
     * Excel's General format shows a number of more than 11 digits with an exponent (an investment of 123456789012
     * 万元 read 1.23457E+11) and drops a decimal's trailing zeros: a decimal cell shows its digits, as many after the
     * point as the value has (the amounts' two), as the pages show them.
     */
    private CellStyle decimalStyle(int scale) {
        int decimals = Math.clamp(scale, 0, MAX_SHOWN_DECIMALS);
        return decimalStyles.computeIfAbsent(decimals, d -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
            return style;
        });
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
