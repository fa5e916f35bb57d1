package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** 本部门服务事项 downloads as Excel with the list's filter and only the items of the user's own department. */
@IntegrationTest
class DepartmentItemExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceChecklistManagement checklists;

    @Autowired
    ItemLedger ledger;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Test
    void aHandlersFileHoldsEveryOpenItemOfHisDepartmentAndNoneOfAnother() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        CurrentUser handler = fx.user("handler");
        long project = fx.project(fx.enterprise(), null);
        String own = TestCodes.unique("本部门导出事项");
        String foreign = TestCodes.unique("别部门导出事项");
        checklists.add(project, item(own, handler.departmentId()), dispatch);
        checklists.add(project, item(foreign, fx.user("handler-power").departmentId()), dispatch);
        long open = ledger.page(handler, DepartmentItemFilter.open(), new PageQuery(0, 1))
                .totalElements();

        assertThat(WebTestSupport.page(mvc, "handler", "/service-items?open=true"))
                .contains("/service-items/export?open=true");
        MockHttpSession session = WebTestSupport.login(mvc, "handler");
        try (XSSFWorkbook book = download(session, "/service-items/export?open=true")) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("事项");
            assertThat(sheet.getLastRowNum()).isEqualTo(open);
            assertThat(names(sheet)).contains(own).doesNotContain(foreign);
        }
        MockHttpSession dispatchSession = WebTestSupport.login(mvc, "dispatch");
        String q = "?q=部门导出事项";
        try (XSSFWorkbook book = download(dispatchSession, "/service-items/export" + q)) {
            assertThat(names(book.getSheetAt(0)))
                    .as("the dispatch office's sheet is the district's")
                    .contains(own, foreign);
            assertThat(book.getSheetName(0)).isEqualTo("服务事项");
        }
        try (XSSFWorkbook book =
                download(dispatchSession, "/service-items/export" + q + "&departmentId=" + handler.departmentId())) {
            assertThat(names(book.getSheetAt(0))).contains(own).doesNotContain(foreign);
            assertThat(book.getSheetAt(0).getRow(1).getCell(3).getStringCellValue())
                    .as("the department column")
                    .isNotBlank();
        }
    }

    private static List<String> names(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<String> names = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                names.add(row.getCell(2).getStringCellValue());
            }
        }
        return names;
    }

    private XSSFWorkbook download(MockHttpSession session, String url) throws Exception {
        byte[] body = mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    private static ServiceItemForm item(String name, Long departmentId) {
        return new ServiceItemForm(
                ServiceItemKind.APPROVAL,
                name,
                departmentId,
                null,
                null,
                null,
                20,
                LimitUnit.WORKING_DAYS,
                ServiceItemStatus.IN_PROGRESS,
                null,
                null,
                null,
                0);
    }
}
