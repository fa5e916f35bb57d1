package cn.zhuanban.shared.files;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML as it streams past, keeping only the header and the rows that hold something: a sheet of a
 * million rows or of thousands of columns costs no more memory than the rows an import may have. Values are typed as
 * POI's usermodel would give them: text (shared or inline, or a formula's text result), a number, a date (a number in
 * a date format), a yes/no; errors and empty cells are nothing. Columns past {@value #MAX_COLUMNS} are ignored, as
 * every template is far narrower; otherwise one filled cell at column XFD would make every row 16,384 values wide.
 */
final class SheetHandler extends DefaultHandler {

    static final int MAX_COLUMNS = 256;

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final int maxRows;

    private XlsxRow header = new XlsxRow(1, List.of());
    private final List<XlsxRow> rows = new ArrayList<>();

    private int row;
    private List<Object> values;
    private int column;
    private String type;
    private int style;
    private boolean phonetic;
    private boolean hasValue;
    private boolean capturing;
    private StringBuilder text;

    SheetHandler(SharedStrings strings, StylesTable styles, boolean date1904, int maxRows) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.maxRows = maxRows;
    }

    XlsxRow header() {
        return header;
    }

    List<XlsxRow> rows() {
        return rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r);
                values = new ArrayList<>();
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : new CellReference(r).getCol();
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                hasValue = false;
                text = null;
            }
            case "rPh" -> phonetic = true;
            case "v", "t" -> {
                if (!phonetic && values != null) {
                    hasValue = true;
                    text = text == null ? new StringBuilder() : text;
                    capturing = true;
                }
            }
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> capturing = false;
            case "rPh" -> phonetic = false;
            case "c" -> {
                Object value = hasValue ? value(text.toString()) : null;
                if (value != null && column >= 0 && column < MAX_COLUMNS) {
                    while (values.size() <= column) {
                        values.add(null);
                    }
                    values.set(column, value);
                }
            }
            case "row" -> endRow();
            default -> {}
        }
    }

    private void endRow() {
        XlsxRow read = new XlsxRow(row, Collections.unmodifiableList(values));
        values = null;
        if (row == 1) {
            header = read;
        } else if (!read.blank()) {
            // Rows that hold something count: formatting applied far below the data makes empty rows too.
            if (rows.size() == maxRows) {
                throw new XlsxSheet.Unreadable(XlsxSheet.Refusal.TOO_MANY_ROWS, null);
            }
            rows.add(read);
        }
    }

    private Object value(String raw) {
        return switch (type == null ? "n" : type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "inlineStr", "str" -> raw;
            case "b" -> "1".equals(raw.strip());
            case "n" -> number(raw.strip());
            default -> null; // "e": an error such as #N/A
        };
    }

    private Object number(String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        double number = Double.parseDouble(raw);
        if (DateUtil.isValidExcelDate(number) && dateFormatted()) {
            return DateUtil.getLocalDateTime(number, date1904).toLocalDate();
        }
        return BigDecimal.valueOf(number);
    }

    private boolean dateFormatted() {
        if (styles == null || style < 0 || style >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(style);
        ExcelNumberFormat format = cellStyle == null ? null : ExcelNumberFormat.from(cellStyle);
        return format != null && DateUtil.isADateFormat(format);
    }
}
