package cn.zhuanban;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX files as people fill them in, for import tests: a header row, then rows whose numbers are numeric cells,
 * dates date cells (formatted as dates), text text cells, and nulls empty.
 */
public final class XlsxFiles {

    private XlsxFiles() {}

    public static byte[] of(List<String> header, List<?>... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("导入");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            write(sheet.createRow(0), header, date);
            for (int i = 0; i < rows.length; i++) {
                write(sheet.createRow(i + 1), rows[i], date);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small, valid XLSX file whose one sheet is plain XML written out by hand: {@code rows} rows of the given cells
     * (XML of {@code <c>} elements), each row repeated as is. Compressed, thousands of rows take a few kilobytes.
     */
    public static byte[] sheetXml(String cells, int rows) {
        return sheetXml(i -> cells, rows);
    }

    /** As {@link #sheetXml(String, int)}, with the cells of each row (counted from 0) as given. */
    public static byte[] sheetXml(IntFunction<String> cells, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String ns = "http://schemas.openxmlformats.org/";
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            part(
                    zip,
                    "[Content_Types].xml",
                    "<Types xmlns=\"" + ns + "package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            part(
                    zip,
                    "_rels/.rels",
                    relationships(ns, "officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"));
            part(
                    zip,
                    "xl/workbook.xml",
                    "<workbook xmlns=\"" + ns + "spreadsheetml/2006/main\" xmlns:r=\"" + ns
                            + "officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
                            + "</sheets></workbook>");
            part(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    relationships(ns, "officeDocument/2006/relationships/worksheet", "worksheets/sheet1.xml"));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + ns + "spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < rows; i++) {
                zip.write(("<row>" + cells.apply(i) + "</row>").getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String relationships(String ns, String type, String target) {
        return "<Relationships xmlns=\"" + ns + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
                + type + "\" Target=\"" + target + "\"/></Relationships>";
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void write(Row row, List<?> values, CellStyle date) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            switch (v) {
                case Number n -> cell.setCellValue(n.doubleValue());
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                }
                default -> cell.setCellValue(v.toString());
            }
        }
    }
}
