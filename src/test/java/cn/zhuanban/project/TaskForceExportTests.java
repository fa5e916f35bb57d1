package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.PageQuery;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The task force ledger downloads as Excel with the list's search: every task force the list would page through. */
@IntegrationTest
class TaskForceExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    UserDirectory directory;

    @Test
    void theLedgerHoldsEveryTaskForceTheListFindsWithItsPeopleAndProjects() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/task-forces")).contains("/task-forces/export");
        var user = new ServiceFixtures(null, taskForces, null, directory).user("dispatch");
        TaskForceSummary first =
                taskForces.search(null, user, new PageQuery(0, 1)).content().getFirst();
        long all = taskForces.search(null, user, new PageQuery(0, 1)).totalElements();

        try (XSSFWorkbook book = download(dispatch, "/task-forces/export")) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(all);
        }
        try (XSSFWorkbook book = download(dispatch, "/task-forces/export?q=" + first.name())) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(first.name());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(first.memberCount());
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(first.projectCount());
        }
    }

    @Test
    void aTaskForceWithoutLeadOrChiefServiceOfficerIsListedAndExported() throws Exception {
        String name = TestCodes.unique("无组长专班");
        taskForces.create(new TaskForceForm(name, null, null, Set.of(), Set.of(), 0));
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        assertThat(WebTestSupport.page(mvc, "dispatch", "/task-forces?q=" + name))
                .contains(name);
        try (XSSFWorkbook book = download(dispatch, "/task-forces/export?q=" + name)) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(name);
        }
    }

    private XSSFWorkbook download(MockHttpSession session, String url) throws Exception {
        byte[] body = mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }
}
