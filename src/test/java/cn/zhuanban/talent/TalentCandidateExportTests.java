package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.talent.TalentCommands.CandidateForm;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The talent pool's XLSX export: the list's filters and rows, names and contacts only as the list
 * shows them to the same user, a permission of its own, and an audit record for every download.
 */
@IntegrationTest
class TalentCandidateExportTests {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    MockMvc mvc;

    @Autowired
    CandidatePool pool;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    final String tag = Long.toString(SEQUENCE.incrementAndGet());
    final String discipline = "原料药工艺" + tag;

    @Test
    void theFileHoldsTheListsFilteredRowsWithTheContactsTheListShows() throws Exception {
        long first = candidate("甲" + tag, Education.MASTER, CandidateSource.JOB_FAIR, "13912340001");
        long second = candidate("乙" + tag, Education.MASTER, CandidateSource.CAMPUS, "13912340002");
        candidate("丙" + tag, Education.BACHELOR, CandidateSource.JOB_FAIR, "13912340003");
        String query = "q=" + discipline + "&education=MASTER";
        assertThat(WebTestSupport.page(mvc, "dispatch", "/talent/candidates?" + query))
                .contains("/talent/candidates/export?");

        List<List<String>> file = export("dispatch", query);

        assertThat(file.getFirst()).startsWith("人才", "手机", "学历");
        assertThat(file.subList(1, file.size()))
                .containsExactly(
                        List.of("乙" + tag, "13912340002", "硕士", discipline, "3", "示范区", "校园", "2026-03-01 同意"),
                        List.of("甲" + tag, "13912340001", "硕士", discipline, "3", "示范区", "招聘会", "2026-03-01 同意"));
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void withoutTheContactPermissionTheFileHidesNamesAndPhonesAsTheListDoes() throws Exception {
        String name = "丁" + tag;
        long id = candidate(name, Education.MASTER, CandidateSource.REFERRAL, "13912340004");
        String poolKeeper = userWith(Permissions.TALENT_CANDIDATE_EDIT, Permissions.TALENT_CANDIDATE_EXPORT);
        String anonymous =
                messages.getMessage("talent.candidate.anonymous", new Object[] {id}, Locale.SIMPLIFIED_CHINESE);

        String list = WebTestSupport.page(mvc, poolKeeper, "/talent/candidates?q=" + discipline);
        List<List<String>> file = export(poolKeeper, "q=" + discipline);

        assertThat(list).contains(anonymous).doesNotContain(name).doesNotContain("13912340004");
        assertThat(file).hasSize(2);
        assertThat(file.get(1)).startsWith(anonymous, "", "硕士", discipline);
        assertThat(String.join(" ", file.get(1))).doesNotContain(name).doesNotContain("13912340004");
    }

    @Test
    void searchingByNameFindsNothingForWhoMayNotSeeNames() throws Exception {
        String name = "戊" + tag;
        candidate(name, Education.MASTER, CandidateSource.ONLINE, "13912340005");
        String poolKeeper = userWith(Permissions.TALENT_CANDIDATE_EDIT, Permissions.TALENT_CANDIDATE_EXPORT);

        assertThat(export(poolKeeper, "q=" + name)).hasSize(1);
        assertThat(export("dispatch", "q=" + name)).hasSize(2);
    }

    @Test
    void onlyWhoMayOpenThePoolAndHoldsTheExportPermissionMayExport() throws Exception {
        String withoutExport = userWith(Permissions.TALENT_CANDIDATE_VIEW, Permissions.TALENT_CANDIDATE_EDIT);
        String exportOnly = userWith(Permissions.TALENT_CANDIDATE_EXPORT);

        assertThat(WebTestSupport.page(mvc, withoutExport, "/talent/candidates"))
                .doesNotContain("/talent/candidates/export");
        for (String refused : List.of(withoutExport, exportOnly, "leader", "enterprise")) {
            mvc.perform(exportRequest(refused, "")).andExpect(status().isForbidden());
        }
    }

    @Test
    void everyDownloadLeavesAnAuditRecordOfWhoFiltersAndRowsButNoName() throws Exception {
        String name = "己" + tag;
        candidate(name, Education.MASTER, CandidateSource.RETURNEE, "13912340006");
        String exporter = userWith(
                Permissions.TALENT_CANDIDATE_VIEW,
                Permissions.TALENT_CANDIDATE_EDIT,
                Permissions.TALENT_CANDIDATE_EXPORT);

        assertThat(export(exporter, "q=" + name + "&education=MASTER")).hasSize(2);

        String expected = "search: " + name.length()
                + " characters, education: MASTER, source: any; names and contacts: included; rows: 1";
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> auditSummaries(exporter), summaries -> !summaries.isEmpty());
        assertThat(auditSummaries(exporter)).containsExactly(expected);
    }

    private List<String> auditSummaries(String actor) {
        return jdbc.sql("""
                        select summary from audit_record
                        where actor = :actor and action = 'talent.candidate.exported'
                          and entity_type = 'talent-candidate'""").param("actor", actor).query(String.class).list();
    }

    /** The downloaded sheet as text, header row first, cells as a user sees them. */
    private List<List<String>> export(String username, String query) throws Exception {
        byte[] body = mvc.perform(exportRequest(username, query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
        List<List<String>> rows = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private MockHttpServletRequestBuilder exportRequest(String username, String query) throws Exception {
        return get("/talent/candidates/export?" + query).session(WebTestSupport.login(mvc, username));
    }

    private long candidate(String name, Education education, CandidateSource source, String phone) {
        return pool.enter(new CandidateForm(
                name,
                phone,
                "talent" + tag + "@example.cn",
                education,
                discipline,
                "GMP",
                3,
                "示范区",
                false,
                true,
                LocalDate.of(2026, 3, 1),
                "招聘会现场书面同意",
                source,
                0));
    }

    /** A fresh account whose only role holds exactly these permissions, with the demo password. */
    private String userWith(String... permissions) {
        return new CustomRoleAccounts(roles, identity, directory).create(DataScope.ALL, null, Set.of(permissions));
    }
}
