package cn.zhuanban.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.XlsxFiles;
import cn.zhuanban.ZipBombs;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading an uploaded ledger: cells as people type them, blank rows skipped, refusals before anything is imported. */
class XlsxSheetTests {

    private static final long MB = 1024 * 1024;

    @Test
    void readsTextNumbersAndDatesAsLedgersHoldThem() {
        byte[] file = XlsxFiles.of(
                List.of("甲", "乙", "丙"),
                Arrays.asList("  914403001922038216 ", 13800001111L, LocalDate.of(2026, 3, 1)),
                Arrays.asList(null, null, null),
                Arrays.asList("1,200.50", 10.5, "2026/3/9"),
                Arrays.asList("x", 1.1e7, "2026年12月31日"),
                Arrays.asList("y", "20260301", "2026-02-30"));

        XlsxSheet sheet = XlsxSheet.read(file, MB, 100);

        assertThat(sheet.header()).containsExactly("甲", "乙", "丙");
        assertThat(sheet.rows()).extracting(XlsxRow::number).containsExactly(2, 4, 5, 6);
        XlsxRow first = sheet.rows().getFirst();
        assertThat(first.text(0)).isEqualTo("914403001922038216");
        assertThat(first.text(1)).isEqualTo("13800001111");
        assertThat(first.date(2)).contains(LocalDate.of(2026, 3, 1));
        assertThat(first.text(7)).isEmpty();
        XlsxRow second = sheet.rows().get(1);
        assertThat(second.decimal(0)).contains(new BigDecimal("1200.50"));
        assertThat(second.decimal(1)).contains(new BigDecimal("10.5"));
        assertThat(second.date(2)).contains(LocalDate.of(2026, 3, 9));
        XlsxRow third = sheet.rows().get(2);
        assertThat(third.decimal(0)).isEmpty();
        assertThat(third.text(1)).isEqualTo("11000000");
        assertThat(third.date(2)).contains(LocalDate.of(2026, 12, 31));
        XlsxRow fourth = sheet.rows().get(3);
        assertThat(fourth.date(1)).contains(LocalDate.of(2026, 3, 1));
        assertThat(fourth.date(2)).as("no 30 February").isEmpty();
    }

    @Test
    void aFormulaCellReadsAsTheValueLastComputed() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFRow row = workbook.createSheet().createRow(1);
            row.createCell(0).setCellValue(2);
            row.createCell(1).setCellFormula("A2*3");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);

            XlsxRow read = XlsxSheet.read(out.toByteArray(), MB, 10).rows().getFirst();

            assertThat(read.decimal(1)).contains(new BigDecimal("6"));
            assertThat(read.text(1)).isEqualTo("6");
        }
    }

    @Test
    void refusesWhatCannotBeReadBeforeAnythingIsImported() {
        assertRefused(new byte[0], XlsxSheet.Refusal.EMPTY);
        assertRefused("名称,代码\n甲,1".getBytes(StandardCharsets.UTF_8), XlsxSheet.Refusal.NOT_XLSX);
        assertRefused(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8),
                XlsxSheet.Refusal.NOT_XLSX);
        assertRefused(new byte[(int) MB + 1], XlsxSheet.Refusal.TOO_LARGE);
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            rows.add(List.of("行" + i));
        }
        assertRefused(XlsxFiles.of(List.of("名称"), rows.toArray(List[]::new)), XlsxSheet.Refusal.TOO_MANY_ROWS);
    }

    @Test
    void aFileThatUnpacksToMoreThanTheLimitIsRefusedBeforeItsSheetIsRead() {
        // About 60 MB of cells packed into a few hundred kilobytes: the inflate ratio POI checks would let far more by.
        String cell = "<c t=\"inlineStr\"><is><t>x</t></is></c>";
        byte[] file = XlsxFiles.sheetXml(cell.repeat(20), 80_000);

        assertThat(file.length).isLessThan((int) MB);
        assertRefused(file, XlsxSheet.Refusal.TOO_MUCH_CONTENT);
    }

    @Test
    void aPartThatWouldUnpackToGibibytesIsRefusedOnceTheLimitIsCountedNotUnpackedFirst() throws Exception {
        // 2 GiB of zeros before the sheet. Unpacked in full (to tell its type, as before), the entry's wrong CRC made
        // it "not XLSX" after seconds; counted, it is refused after the limit's worth of inflating.
        byte[] file = ZipBombs.before(XlsxFiles.of(List.of("名称"), List.of("甲")), 2);
        byte[] good = XlsxFiles.of(List.of("名称"), List.of("甲"));

        assertThatThrownBy(() -> XlsxSheet.read(file, 5 * MB, 10))
                .isInstanceOfSatisfying(
                        XlsxSheet.Unreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(XlsxSheet.Refusal.TOO_MUCH_CONTENT));
        assertThat(XlsxSheet.checkInflatedSize(good)).isEqualTo(unpacked(good));
        assertThat(XlsxSheet.checkInflatedSize(ZipBombs.before(good, 0)))
                .as("the same parts behind an empty entry")
                .isEqualTo(unpacked(good));
    }

    @Test
    void aSheetOfFarMoreRowsThanAllowedIsRefusedAsTooManyRows() {
        // 50,000 rows: the reading stops at the 11th, where POI's workbook model held all of them first.
        // Each row different, so that the file is not refused as a zip bomb by POI instead.
        IntFunction<String> cells =
                i -> "<c t=\"inlineStr\"><is><t>" + Integer.toHexString(i * 0x9E3779B9) + "</t></is></c>";

        assertRefused(XlsxFiles.sheetXml(cells, 50_000), XlsxSheet.Refusal.TOO_MANY_ROWS);
    }

    @Test
    void readsInlineTextYesNoAndCellsWithoutReferencesAndIgnoresColumnsFarToTheRight() {
        String cells = "<c t=\"inlineStr\"><is><r><t>甲</t></r><r><t>乙</t></r><rPh><t>jia</t></rPh></is></c>"
                + "<c t=\"b\"><v>1</v></c><c><v>2.5</v></c><c t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"XFD1\" t=\"inlineStr\"><is><t>远</t></is></c>";

        XlsxSheet sheet = XlsxSheet.read(XlsxFiles.sheetXml(cells, 3), MB, 10);

        assertThat(sheet.header()).containsExactly("甲乙", "true", "2.5");
        assertThat(sheet.rows()).extracting(XlsxRow::number).containsExactly(2, 3);
        assertThat(sheet.rows().getFirst().decimal(2)).contains(new BigDecimal("2.5"));
        assertThat(sheet.rows().getFirst().width()).isEqualTo(3);
    }

    private static long unpacked(byte[] zip) throws java.io.IOException {
        long total = 0;
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                total += in.readAllBytes().length;
            }
        }
        return total;
    }

    private static void assertRefused(byte[] content, XlsxSheet.Refusal reason) {
        assertThatThrownBy(() -> XlsxSheet.read(content, MB, 10))
                .isInstanceOfSatisfying(
                        XlsxSheet.Unreadable.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
