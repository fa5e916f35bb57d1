package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.ExportedSheet;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.schedule.domain.PlanTemplates;
import cn.zhuanban.schedule.domain.PlanTemplates.TemplateRow;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The templates page is one table with column headers, its department cell the plan sheet's picker and rule; the
 * demo template names the district's departments.
 */
@IntegrationTest
class PlanTemplatePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanTemplates templates;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTemplateRowsAreOneTableWithHeadersAndTheDistrictsDepartmentsToPickFrom() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String page = mvc.perform(get("/plan-templates/industrial").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String table = page.substring(page.indexOf("<table"), page.indexOf("</table>"));
        assertThat(table)
                .contains("id=\"template-rows\"")
                .contains("<th class=\"w-1\">编号</th>", "<th>名称</th>", "<th>工作日</th>", "<th>责任部门</th>")
                .contains("id=\"template-row-A01\"")
                // each row's fields belong to its own form, which sits in the row's last cell
                .contains("form=\"template-form-A02\"")
                .contains("<form method=\"post\" class=\"d-inline-flex gap-1\" id=\"template-form-A02\"")
                .contains("<option value=\"区自然资源局\" selected=\"selected\">区自然资源局</option>");
    }

    @Test
    void aTemplateDownloadsAsAnAuditedSheetOfItsRows() throws Exception {
        assertThat(WebTestSupport.page(mvc, "dispatch", "/plan-templates/industrial"))
                .contains("href=\"/plan-templates/industrial/export\"");

        ExportedSheet sheet = ExportedSheet.download(mvc, "dispatch", "/plan-templates/industrial/export");

        assertThat(sheet.rows()).hasSize(templates.rows("industrial").size() + 1); // and the header
        assertThat(sheet.rowsStartingWith("A01")).hasSize(1);
        AuditTrail.awaitRecord(jdbc, "ledger.exported", "/plan-templates/industrial/export", null);
        mvc.perform(get("/plan-templates/industrial/export").session(WebTestSupport.login(mvc, "handler")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTemplateRowRefusesADepartmentNotTheDistrictsAsThePlanSheetDoes() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String name = "d" + ThreadLocalRandom.current().nextInt(1_000_000);
        mvc.perform(post("/plan-templates/industrial/copy")
                        .param("newName", name)
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(redirectedUrl("/plan-templates/" + name));

        save(dispatch, name, "不存在的部门").andExpect(flash().attribute("error", containsString("“不存在的部门”不是本区的部门")));
        assertThat(department(name)).isEqualTo("区发展和改革委员会");

        save(dispatch, name, "区供电公司").andExpect(flash().attribute("flash", "plan.templates.saved"));
        assertThat(department(name)).isEqualTo("区供电公司");
    }

    @Test
    void theDemoTemplateNamesTheDistrictsDepartmentsOnly() {
        assertThat(templates.rows("industrial"))
                .extracting(TemplateRow::department)
                .filteredOn(d -> d != null)
                .isNotEmpty()
                .allMatch(d -> d.startsWith("区") || d.startsWith("市"))
                .doesNotContain("自然资源", "发改", "住建");
    }

    private org.springframework.test.web.servlet.ResultActions save(
            MockHttpSession session, String template, String department) throws Exception {
        return mvc.perform(post("/plan-templates/" + template + "/rows")
                        .param("originalKey", "A01")
                        .param("key", "A01")
                        .param("rowName", "项目备案")
                        .param("kind", "TASK")
                        .param("parentKey", "S1")
                        .param("duration", "1")
                        .param("department", department)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private String department(String template) {
        return templates.rows(template).stream()
                .filter(r -> r.taskKey().equals("A01"))
                .findFirst()
                .orElseThrow()
                .department();
    }
}
