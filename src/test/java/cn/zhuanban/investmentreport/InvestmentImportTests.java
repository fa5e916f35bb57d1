package cn.zhuanban.investmentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.imports.ImportJobWorker;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The XLSX import is all or nothing, reports every bad row with its reason, and refuses what is not XLSX. An accepted
 * upload is a background job: these tests upload, run the queued jobs themselves and read the job's page.
 */
@IntegrationTest
class InvestmentImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentQueries queries;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ImportJobWorker worker;

    @Test
    void oneBadRowKeepsEveryRowOutAndTheJobPageNamesEachBadRow() throws Exception {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long a = project(enterprise);
        long b = project(enterprise);
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        byte[] bad = xlsx(
                new Object[] {a, "甲", 2025, 1, 10, 10, 110, null},
                new Object[] {a, "甲", 2025, 2, 5, 15, 100, null}, // cumulative falls below January
                new Object[] {b, "乙", 2025, 1, "十", 10, 10, null}, // not a number
                new Object[] {b, "乙", 2025, 2, 1, 11, 11, null});

        String failed = importAndShow(mvc, worker, session, bad);
        assertThat(failed)
                .contains("id=\"import-errors\"", "data-row=\"3\"", "data-row=\"4\"", "不是数字。", "累计数不能下降")
                .doesNotContain("data-row=\"2\"", "id=\"import-ok\"");
        CurrentUser all = InvestmentFixtures.districtWide();
        assertThat(queries.ofProject(a, all)).isEmpty();
        assertThat(queries.ofProject(b, all)).isEmpty();

        byte[] good = xlsx(
                new Object[] {a, "甲", 2025, 1, 10, 10, 110, null},
                new Object[] {a, "甲", 2025, 2, 5, 15, 115, null},
                new Object[] {b, "乙", 2025, 1, "10.5", 10.5, 10.5, null},
                new Object[] {b, "乙", 2025, 2, 1, 11.5, 11.5, "形象进度"});
        assertThat(importAndShow(mvc, worker, session, good)).contains("id=\"import-ok\"", "已导入 4 条月报。");
        assertThat(queries.ofProject(a, all))
                .extracting(r -> r.sinceStart().toPlainString())
                .containsExactly("115.00", "110.00");
        assertThat(queries.ofProject(b, all)).hasSize(2);
    }

    @Test
    void aTooLongTextOrATooLargeAmountIsABadRowNotABrokenImport() throws Exception {
        long a = project(InvestmentFixtures.enterprise(enterprises));
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        String page = importAndShow(
                mvc, worker, session, xlsx(new Object[] {a, "甲", 2025, 1, 10, 10, 10, "说".repeat(501)}, new Object[] {
                    a, "甲", 2025, 2, "1234567890123", 10, 10, null
                }));
        assertThat(page)
                .contains("data-row=\"2\"", "最多500个字。", "data-row=\"3\"", "整数部分最多12位。")
                .doesNotContain("id=\"import-ok\"", "导入出错");
        assertThat(queries.ofProject(a, InvestmentFixtures.districtWide())).isEmpty();
    }

    @Test
    void aProjectOutsideTheImportersScopeIsABadRow() throws Exception {
        long foreign = project(InvestmentFixtures.enterprise(enterprises));
        MockHttpSession session = WebTestSupport.login(mvc, "taskforce");
        assertThat(importAndShow(mvc, worker, session, xlsx(new Object[] {foreign, "x", 2025, 1, 1, 1, 1, null})))
                .contains("data-row=\"2\"", "不存在或不在您的填报范围内");
        assertThat(queries.ofProject(foreign, InvestmentFixtures.districtWide()))
                .isEmpty();
    }

    @Test
    void aFileThatIsNotXlsxOrCarriesADoctypeIsRefused() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(multipart("/investment-reports/import")
                        .file(file("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                                .getBytes(StandardCharsets.UTF_8)))
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("root:"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"import-job\""))));
    }

    @Test
    void aFileWithoutReportRowsIsRefusedAtTheFieldInsteadOfImportingNothing() throws Exception {
        mvc.perform(multipart("/investment-reports/import")
                        .file(file(xlsx()))
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("文件中没有月报行")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"import-job\""))));
    }

    @Test
    void theTemplateIsAnXlsxWithTheHeaders() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        byte[] body = mvc.perform(get("/investment-reports/import/template").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("项目ID");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("截止累计（万元）");
        }
    }

    private long project(long enterprise) {
        return InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "1000");
    }

    private static MockMultipartFile file(byte[] bytes) {
        return file("月报.xlsx", bytes);
    }

    static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/octet-stream", bytes);
    }

    /** Uploads a file as the session's user and returns the job the upload redirected to. */
    static long upload(MockMvc mvc, MockHttpSession session, String name, byte[] bytes) throws Exception {
        String location = mvc.perform(multipart("/investment-reports/import")
                        .file(file(name, bytes))
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Matcher m = Pattern.compile("/investment-reports/import/jobs/(\\d+)$").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Runs every queued job, as the background poller would. */
    static void runJobs(ImportJobWorker worker) {
        while (worker.runNext()) {
            // the test drives the poller
        }
    }

    /** Uploads, runs the job and returns its page. */
    static String importAndShow(MockMvc mvc, ImportJobWorker worker, MockHttpSession session, byte[] bytes)
            throws Exception {
        long job = upload(mvc, session, "月报.xlsx", bytes);
        runJobs(worker);
        return jobPage(mvc, session, job);
    }

    static String jobPage(MockMvc mvc, MockHttpSession session, long job) throws Exception {
        return mvc.perform(get("/investment-reports/import/jobs/" + job).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static byte[] xlsx(Object[]... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("t");
            sheet.createRow(0).createCell(0).setCellValue("项目ID");
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    Object v = rows[i][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
