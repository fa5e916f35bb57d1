package cn.zhuanban;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.shared.web.Downloads;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * An exported ledger as a demo user downloads it, opened back with POI: its first sheet's rows as the cells' shown
 * text (the header row first), for tests that look for a header, a row, and a row that must not be there.
 */
public record ExportedSheet(String name, List<List<String>> rows) {

    public static ExportedSheet download(MockMvc mvc, String username, String path) throws Exception {
        byte[] body = mvc.perform(get(path).session(WebTestSupport.login(mvc, username)))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.header().string("Content-Type", Downloads.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DataFormatter shown = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return new ExportedSheet(sheet.getSheetName(), rows);
        }
    }

    public List<String> header() {
        return rows.getFirst();
    }

    /** The rows below the header whose first cell is {@code first}. */
    public List<List<String>> rowsStartingWith(String first) {
        return rows.stream().skip(1).filter(r -> r.getFirst().equals(first)).toList();
    }

    /** Whether any cell below the header holds {@code text}. */
    public boolean anyCellIs(String text) {
        return rows.stream().skip(1).anyMatch(r -> r.contains(text));
    }
}
