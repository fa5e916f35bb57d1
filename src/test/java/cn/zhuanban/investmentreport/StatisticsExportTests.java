package cn.zhuanban.investmentreport;

import static cn.zhuanban.investmentreport.InvestmentFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics export, opened back with POI: the project's id and code, the year's plan and completion, months as
 * columns, only the user's projects.
 */
@IntegrationTest
class StatisticsExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    InvestmentReporting reporting;

    @Autowired
    UserDirectory directory;

    @Test
    void anEnterpriseContactExportsHisProjectsWithTheYearsPlanAndTheMonthsAsColumns() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        String code = TestCodes.projectCode();
        long mine = InvestmentFixtures.project(
                projects, own, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "900", code);
        String foreignCode = TestCodes.projectCode();
        long foreign = InvestmentFixtures.project(
                projects,
                InvestmentFixtures.enterprise(enterprises),
                ProjectLevel.DISTRICT,
                ProjectStage.UNDER_CONSTRUCTION,
                "900",
                foreignCode);
        var all = InvestmentFixtures.districtWide();
        reporting.report(mine, form(2022, 1, "10", "10", "60"), all);
        reporting.report(mine, form(2022, 3, "12.5", "22.5", "72.5"), all);
        reporting.report(foreign, form(2022, 1, "1", "1", "1"), all);
        List<BigDecimal> plan = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        plan.set(0, new BigDecimal("15"));
        plan.set(2, new BigDecimal("20"));
        reporting.setPlan(mine, 2022, plan, all);

        byte[] body = mvc.perform(get("/investment-reports/statistics?year=2022")
                        .session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        Map<String, Row> rows = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            // the project code a clerk knows first; the database's id is no column
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目代码");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("项目名称");
            for (Cell header : sheet.getRow(0)) {
                assertThat(header.getStringCellValue()).isNotEqualTo("项目ID");
            }
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("本年计划投资（万元）");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("本年完成投资（万元）");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("1月");
            assertThat(sheet.getRow(0).getCell(17).getStringCellValue()).isEqualTo("截止累计（万元）");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Cell first = sheet.getRow(i).getCell(0);
                rows.put(first == null ? "" : first.getStringCellValue(), sheet.getRow(i));
            }
            assertThat(rows).containsKey(code).doesNotContainKey(foreignCode);
            Row row = rows.get(code);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(35.0);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(22.5);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(10.0);
            assertThat(row.getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(12.5);
            assertThat(row.getCell(17).getNumericCellValue()).isEqualTo(72.5);
        }
    }
}
