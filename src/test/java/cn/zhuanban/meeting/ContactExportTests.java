package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contact log as XLSX (日常沟通台账): the list's filtered rows with their columns and dates as date cells, only the
 * contacts the user sees, for whoever may export the enterprise directory, and an audit record of every download.
 */
@IntegrationTest
class ContactExportTests {

    private static final List<String> HEADER = List.of("日期", "企业", "项目", "方式", "企业联系人", "沟通内容", "后续跟进", "登记人", "工单编号");

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactLogManagement contacts;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    UserDirectory directory;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcClient jdbc;

    ServiceFixtures fx;
    String token;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        token = TestCodes.unique("台账");
    }

    @Test
    void theLedgerHoldsTheFilteredRowsWithTheirColumnsAndDatesAsDateCells() throws Exception {
        CurrentUser officer = fx.user("taskforce");
        long enterprise = fx.enterprise();
        long project = fx.project(enterprise, fx.taskForce(officer.id(), Set.of(), Set.of()));
        contacts.record(
                new ContactForm(
                        enterprise,
                        project,
                        ContactChannel.VISIT,
                        LocalDate.of(2026, 4, 8),
                        "孙总",
                        "走访了解" + token,
                        "协调供电公司现场踏勘"),
                officer);
        contacts.record(
                new ContactForm(enterprise, null, ContactChannel.PHONE, LocalDate.of(2026, 4, 9), null, token, null),
                officer);

        List<List<String>> file = export("dispatch", "q=" + token + "&channel=VISIT");

        assertThat(file).hasSize(2);
        assertThat(file.get(0)).containsExactlyElementsOf(HEADER);
        String enterpriseName = enterprises.namesOf(List.of(enterprise)).get(enterprise);
        String projectName = projectReads.find(project, officer).name();
        assertThat(file.get(1))
                .containsExactly(
                        "2026-04-08",
                        enterpriseName,
                        projectName,
                        "走访",
                        "孙总",
                        "走访了解" + token,
                        "协调供电公司现场踏勘",
                        officer.fullName(),
                        "");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("dispatch", "q=" + token)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("日常沟通台账");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Cell date = sheet.getRow(1).getCell(0);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2026-04-09");
        }
    }

    @Test
    void aUserExportsOnlyTheContactsInHisScopeWhateverTheFilters() throws Exception {
        String member = userWith(DataScope.TASK_FORCE, Permissions.CONTACT_VIEW, Permissions.ENTERPRISE_EXPORT);
        long memberId = fx.userId(member);
        long served = fx.enterprise();
        fx.project(served, fx.taskForce(fx.userId("taskforce"), Set.of(memberId), Set.of()));
        long elsewhere = fx.enterprise();
        fx.project(elsewhere, null);
        CurrentUser dispatch = fx.user("dispatch");
        contacts.record(visit(served, "看得到的" + token), dispatch);
        contacts.record(visit(elsewhere, "看不到的" + token), dispatch);

        assertThat(export(member, "q=" + token)).extracting(row -> row.get(5)).containsExactly("沟通内容", "看得到的" + token);
        assertThat(export(member, "q=" + token + "&enterpriseId=" + elsewhere)).hasSize(1);
        assertThat(export("dispatch", "q=" + token)).hasSize(3);
        assertThat(WebTestSupport.page(mvc, member, "/contacts?q=" + token))
                .contains("看得到的" + token)
                .doesNotContain("看不到的" + token)
                .contains("/contacts/export?");
    }

    @Test
    void withoutTheExportPermissionThereIsNoButtonAndNoFile() throws Exception {
        // the built-in roles that read the contact log all export it now: a role an administrator made without
        String reader = userWith(DataScope.ALL, Permissions.CONTACT_VIEW);
        assertThat(WebTestSupport.page(mvc, reader, "/contacts")).doesNotContain("id=\"contact-export\"");
        mvc.perform(get("/contacts/export").session(WebTestSupport.login(mvc, reader)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDownloadIsAuditedWithItsFiltersAndRowsButNotTheSearchText() throws Exception {
        String exporter = userWith(DataScope.ALL, Permissions.CONTACT_VIEW, Permissions.ENTERPRISE_EXPORT);
        long enterprise = fx.enterprise();
        fx.project(enterprise, null);
        contacts.record(visit(enterprise, token), fx.user("dispatch"));

        export(exporter, "q=" + token + "&channel=VISIT");

        AuditTrail.awaitRecord(jdbc, "ledger.exported", "/contacts/export", null);
        List<String> summaries =
                jdbc.sql("""
                        select summary from audit_record
                        where action = 'ledger.exported' and entity_id = '/contacts/export' and actor = :actor""").param("actor", exporter).query(String.class).list();
        assertThat(summaries)
                .singleElement()
                .satisfies(summary -> assertThat(summary)
                        .contains("channel: VISIT", "q: " + token.length() + " characters", "rows: 1")
                        .doesNotContain(token));
    }

    private static ContactForm visit(long enterprise, String content) {
        return new ContactForm(enterprise, null, ContactChannel.VISIT, LocalDate.of(2026, 4, 10), null, content, null);
    }

    /** The downloaded sheet as text, header row first, cells as a user sees them. */
    private List<List<String>> export(String username, String query) throws Exception {
        DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
        List<List<String>> rows = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(download(username, query)))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < HEADER.size(); i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private byte[] download(String username, String query) throws Exception {
        return mvc.perform(get("/contacts/export?" + query).session(WebTestSupport.login(mvc, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** A fresh account whose only role holds exactly these permissions, in this data scope. */
    private String userWith(DataScope scope, String... permissions) {
        return new CustomRoleAccounts(roles, identity, directory).create(scope, null, Set.of(permissions));
    }
}
