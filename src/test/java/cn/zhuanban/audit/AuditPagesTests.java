package cn.zhuanban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentManagement.DepartmentForm;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The auditor searches, pages, exports the log and reads translated actions. */
@IntegrationTest
class AuditPagesTests {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DepartmentManagement departments;

    MockHttpSession auditor;
    String departmentId;
    String departmentCode;

    @BeforeEach
    void changeSomethingAudited() throws Exception {
        auditor = WebTestSupport.login(mvc, "auditor");
        String code = "AUDPG-" + UUID.randomUUID().toString().substring(0, 8);
        departmentCode = code;
        long id = departments.create(new DepartmentForm(null, "审计页面测试部门", code, 998, 0));
        Thread.sleep(5); // times are kept to the millisecond; "newest first" needs two distinct ones
        departments.delete(id);
        departmentId = Long.toString(id);
        AuditTrail.awaitRecord(jdbc, "department.deleted", departmentId, null);
    }

    @Test
    void theLogFiltersByObjectAndActionPrefixNewestFirstWithTranslatedActions() throws Exception {
        mvc.perform(get("/audit")
                        .session(auditor)
                        .param("entityType", "department")
                        .param("entityId", departmentId)
                        .param("action", "department."))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html")))
                .andExpect(content().string(Matchers.stringContainsInOrder("删除部门", "新建部门")))
                .andExpect(content().string(Matchers.containsString("审计页面测试部门")));

        mvc.perform(get("/audit")
                        .session(auditor)
                        .param("entityType", "department")
                        .param("entityId", departmentId)
                        .param("action", "department.created"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("删除部门"))));
    }

    @Test
    void theActionFilterTakesTheChineseLabelAndTheObjectTypeIsAChoiceInChinese() throws Exception {
        String page = mvc.perform(get("/audit")
                        .session(auditor)
                        .param("entityType", "department")
                        .param("entityId", departmentId)
                        .param("action", "删除部门"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("删除部门").doesNotContain(">新建部门<");
        assertThat(HtmlParts.form(page, "audit-filter"))
                .contains("<select class=\"form-select\" id=\"entityType\" name=\"entityType\">")
                .contains("<option value=\"department\" selected=\"selected\">部门</option>")
                .contains("value=\"删除部门\"");
        assertThat(page).contains("/audit/export?").contains("action=%E5%88%A0%E9%99%A4%E9%83%A8%E9%97%A8");

        // The object type too: another kind of record may have the same number and an action whose label says 部门.
        mvc.perform(get("/api/v1/audit/records")
                        .session(auditor)
                        .param("entityType", "department")
                        .param("entityId", departmentId)
                        .param("action", "部门"))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/audit/records")
                        .session(auditor)
                        .param("entityId", departmentId)
                        .param("action", "登录成功"))
                .andExpect(jsonPath("$.totalElements").value(0));

        byte[] xlsx = mvc.perform(get("/audit/export")
                        .session(auditor)
                        .param("entityId", departmentId)
                        .param("action", "新建部门"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("新建部门");
        }
    }

    @Test
    void anHtmxSearchGetsOnlyTheResultTable() throws Exception {
        mvc.perform(get("/audit").session(auditor).header("HX-Request", "true").param("entityId", departmentId))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"audit-results\"")))
                .andExpect(content().string(Matchers.containsString("删除部门")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
    }

    @Test
    void theDateRangeIncludesBothDaysInTheDistrictsTimeZone() throws Exception {
        String today = LocalDate.now(DISTRICT).toString();
        String tomorrow = LocalDate.now(DISTRICT).plusDays(1).toString();

        mvc.perform(records().param("from", today).param("to", today))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(records().param("from", tomorrow))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void theApiListsRecordsInTheContractsPagedShape() throws Exception {
        mvc.perform(records().param("size", "1").param("page", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].action").value("department.deleted"))
                .andExpect(jsonPath("$.content[0].entityType").value("department"))
                .andExpect(jsonPath("$.content[0].actor").value("system"))
                .andExpect(jsonPath("$.content[0].occurredAt").isNotEmpty());
        mvc.perform(records().param("from", "not-a-date"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"));
    }

    @Test
    void theExportIsAWorkbookOfTheFilteredRecords() throws Exception {
        byte[] xlsx = mvc.perform(get("/audit/export")
                        .session(auditor)
                        .param("entityId", departmentId)
                        .param("entityType", "department"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("删除部门");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("新建部门");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo(departmentId);
        }
    }

    @Test
    void theLogAndItsExportReadASummaryInChineseAndKeepTheStoredTextOnHover() throws Exception {
        String code = "AUDRD-" + UUID.randomUUID().toString().substring(0, 8);
        long id = departments.create(new DepartmentForm(null, "审计摘要测试部门", code, 997, 0));
        departments.edit(id, new DepartmentForm(null, "审计摘要测试部门二", code, 997, 1));
        AuditTrail.awaitRecord(jdbc, "department.updated", Long.toString(id), null);
        String stored = "审计摘要测试部门 parent=null head=null → 审计摘要测试部门二 parent=null head=null";
        String read = "审计摘要测试部门 上级=— 负责人=— → 审计摘要测试部门二 上级=— 负责人=—";

        String page = mvc.perform(get("/audit")
                        .session(auditor)
                        .param("entityId", Long.toString(id))
                        .param("action", "department.updated"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(">" + read + "</td>").contains(stored + "\"");

        byte[] xlsx = mvc.perform(get("/audit/export")
                        .session(auditor)
                        .param("entityId", Long.toString(id))
                        .param("action", "department.updated"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(8).getStringCellValue())
                    .isEqualTo(read);
        }
        mvc.perform(get("/api/v1/audit/records")
                        .session(auditor)
                        .param("entityId", Long.toString(id))
                        .param("action", "department.updated"))
                .andExpect(jsonPath("$.content[0].summary").value(stored));
    }

    @Test
    void onAPhoneEachRecordIsACardWithItsSummaryReadAndTheTableIsForWiderScreens() throws Exception {
        String page = mvc.perform(get("/audit")
                        .session(auditor)
                        .param("entityId", departmentId)
                        .param("action", "department.created"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String cards = page.substring(page.indexOf("id=\"audit-cards\""), page.indexOf("id=\"audit-table\""));
        assertThat(page).contains("<div class=\"list-group list-group-flush d-md-none\" id=\"audit-cards\">");
        assertThat(page).contains("<div class=\"table-responsive d-none d-md-block\">");
        assertThat(cards)
                .contains(">新建部门</strong>")
                .contains(">system</span>")
                .contains(">" + departmentId + "</span>")
                .contains(">审计页面测试部门（" + departmentCode + "）</div>")
                .contains("审计页面测试部门 (" + departmentCode + ")\"");
    }

    @Test
    void onlyTheAuditorExportsOrSearchesTheApi() throws Exception {
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        mvc.perform(get("/audit/export").session(secadmin)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/records").session(secadmin)).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder records() {
        return get("/api/v1/audit/records")
                .session(auditor)
                .param("entityType", "department")
                .param("entityId", departmentId);
    }
}
