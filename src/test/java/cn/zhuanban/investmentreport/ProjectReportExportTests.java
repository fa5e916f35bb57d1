package cn.zhuanban.investmentreport;

import static cn.zhuanban.investmentreport.InvestmentFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.ExportedSheet;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A project's monthly reports download as XLSX from its page: its months, amounts as numbers, within the scope. */
@IntegrationTest
class ProjectReportExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    UserDirectory directory;

    @Autowired
    InvestmentReporting reporting;

    @Test
    void theProjectsFileHoldsItsMonthsWithNumericAmountsForTheUsersOwnProjectsOnly() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser all = InvestmentFixtures.districtWide();
        long own = fx.project(fx.enterprise(), null, fx.userId("lead"));
        long other = fx.project(fx.enterprise(), null, fx.userId("lead2"));
        reporting.report(own, form(2025, 5, "10", "20", "70"), all);
        reporting.report(own, form(2025, 6, "12.5", "32.5", "82.5"), all);

        String path = "/investment-reports/projects/" + own + "/export";
        assertThat(WebTestSupport.page(mvc, "lead", "/investment-reports/projects/" + own))
                .contains(path);
        ExportedSheet sheet = ExportedSheet.download(mvc, "lead", path);
        assertThat(sheet.header().subList(0, 5)).containsExactly("月份", "本期完成（万元）", "当年累计（万元）", "截止累计（万元）", "状态");
        assertThat(sheet.rowsStartingWith("2025-06"))
                .singleElement()
                .satisfies(row -> assertThat(row.subList(0, 4)).containsExactly("2025-06", "12.50", "32.50", "82.50"));
        assertThat(sheet.rowsStartingWith("2025-05")).hasSize(1);

        byte[] body = mvc.perform(get(path).session(WebTestSupport.login(mvc, "lead")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                }
            }
        }

        // Another lead's project is not found for this lead, as its page is not.
        mvc.perform(get("/investment-reports/projects/" + other + "/export").session(WebTestSupport.login(mvc, "lead")))
                .andExpect(status().isNotFound());
    }
}
