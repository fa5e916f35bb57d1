package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /service-items is the list of the user's scope, as the project ledgers decide it: the dispatch office, the
 * supervision office and the district leader list the district's items and narrow them by department, status,
 * lateness, project and name; a 分包领导 lists his projects'; a department handler his department's, whatever
 * department the address asks for. The supervision office reads it only. Its export is the same list, named and
 * recorded with its filters.
 */
@IntegrationTest
class ServiceItemsAcrossScopesTests {

    /** A hand-made item's own target, long past whatever day the test runs. */
    static final LocalDate PAST_TARGET = LocalDate.of(2024, 3, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceChecklistManagement checklists;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    String base;
    String own;
    String foreign;
    String unled;
    long handlerDepartment;
    long ownId;

    @BeforeEach
    void items() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        CurrentUser handler = fx.user("handler");
        handlerDepartment = handler.departmentId();
        base = TestCodes.unique("跨部门事项");
        own = base + "本部门";
        foreign = base + "供电";
        unled = base + "他人分包";
        long led = fx.project(fx.enterprise(), null, fx.user("lead").id());
        long other = fx.project(fx.enterprise(), null, fx.user("lead2").id());
        ownId = checklists.add(led, item(own, handlerDepartment, PAST_TARGET), dispatch);
        checklists.add(led, item(foreign, fx.user("handler-power").departmentId(), null), dispatch);
        checklists.add(other, item(unled, fx.user("handler-power").departmentId(), null), dispatch);
    }

    @Test
    void theDispatchAndSupervisionOfficesAndTheLeaderListTheDistrictsItemsAndNarrowThemByDepartment() throws Exception {
        for (String user : new String[] {"dispatch", "supervisor", "leader"}) {
            String page = WebTestSupport.page(mvc, user, "/service-items?q=" + base);
            assertThat(page)
                    .as(user)
                    .contains("<h2 class=\"page-title me-auto\">服务事项</h2>", own, foreign, unled)
                    .contains("id=\"item-filter-department\"", "id=\"item-filter-project\"")
                    .doesNotContain("您的账号未归属任何部门");
            String narrowed =
                    WebTestSupport.page(mvc, user, "/service-items?q=" + base + "&departmentId=" + handlerDepartment);
            assertThat(narrowed).as(user).contains(own).doesNotContain(foreign, unled);
            assertThat(WebTestSupport.page(mvc, user, "/service-items?late=OVER_LIMIT&q=" + base))
                    .as(user + ": the late ones")
                    .contains(own)
                    .doesNotContain(foreign, unled);
        }
        assertThat(WebTestSupport.page(mvc, "dispatch", "/service-items?q=" + base))
                .as("each phone card names the item's department; the office may open it")
                .contains("class=\"small text-secondary item-department\"", "/service-items/" + ownId + "/edit");
    }

    @Test
    void theSupervisionOfficeReadsTheItemsButChangesNone() throws Exception {
        assertThat(WebTestSupport.page(mvc, "supervisor", "/service-items?q=" + base))
                .contains(own)
                .doesNotContain("/service-items/" + ownId + "/edit");
        MockHttpSession session = WebTestSupport.login(mvc, "supervisor");
        mvc.perform(get("/service-items/{id}/edit", ownId).session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/service-items/{id}/extend", ownId).session(session).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLeadOfficialListsHisProjectsItemsAndAHandlerHisDepartmentsWhateverTheAddressAsks() throws Exception {
        assertThat(WebTestSupport.page(mvc, "lead", "/service-items?q=" + base))
                .contains(own, foreign)
                .doesNotContain(unled);
        String handler = WebTestSupport.page(
                mvc,
                "handler",
                "/service-items?q=" + base + "&departmentId="
                        + directory
                                .findByUsername("handler-power")
                                .orElseThrow()
                                .departmentId());
        assertThat(handler)
                .contains("<h2 class=\"page-title me-auto\">本部门服务事项</h2>", own)
                .doesNotContain(foreign, unled, "id=\"item-filter-department\"");
    }

    @Test
    void theExportIsTheListWithItsDepartmentColumnNamedAndRecordedWithItsFilters() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "supervisor");
        String url = "/service-items/export?open=true&q=" + base + "&departmentId=" + handlerDepartment;
        try (XSSFWorkbook book = download(session, url)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo("服务事项");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("责任单位");
            assertThat(column(sheet, 2)).containsExactly(own);
        }
        try (XSSFWorkbook book = download(session, "/service-items/export?q=" + base)) {
            assertThat(column(book.getSheetAt(0), 2)).containsExactlyInAnyOrder(own, foreign, unled);
        }
        AuditTrail.awaitRecord(jdbc, "ledger.exported", "/service-items/export", null);
        assertThat(jdbc.sql("""
                        select summary from audit_record
                        where action = 'ledger.exported' and entity_id = '/service-items/export' and actor = 'supervisor'""").query(String.class).list())
                .anySatisfy(summary -> assertThat(summary).contains("departmentId: " + handlerDepartment, "rows: 1"));
    }

    private static List<String> column(Sheet sheet, int cell) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                values.add(row.getCell(cell).getStringCellValue());
            }
        }
        return values;
    }

    private XSSFWorkbook download(MockHttpSession session, String url) throws Exception {
        byte[] body = mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    private static ServiceItemForm item(String name, Long departmentId, LocalDate target) {
        return new ServiceItemForm(
                ServiceItemKind.APPROVAL,
                name,
                departmentId,
                null,
                target,
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
