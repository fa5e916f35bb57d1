package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A plan file whose data date (status date) precedes the latest actual date of its rows: the plan's data date moves to
 * that actual, as no progress can be reported after the data date, and the importer is told so on the page, in
 * Chinese, as the audit record tells it, and the API's caller in a {@code Warning} header in his language; a file
 * whose date stands says nothing.
 */
@IntegrationTest
class PlanImportDataDateTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void aDataDateBeforeTheLatestActualIsMovedToItAndTheImporterAndTheAuditLogAreTold() throws Exception {
        LocalDate statusDate = TODAY.minusDays(40);
        LocalDate actualStart = TODAY.minusDays(36);
        String file = new String(export(startedEarly()), StandardCharsets.UTF_8)
                .replaceAll("<StatusDate>[^<]*</StatusDate>", "<StatusDate>" + statusDate + "T17:00:00</StatusDate>");
        long id = project();

        MvcResult result = importOnPage(id, file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.getFlashMap().get("notice"))
                .isEqualTo("导入文件的数据日期（状态日期）" + statusDate + " 早于计划中最晚的实际日期 " + actualStart + "，数据日期已改为 " + actualStart
                        + "：进度按数据日期填报，实际日期不能晚于数据日期。");
        assertThat(result.getFlashMap().get("error")).isNull();
        String page = mvc.perform(get(result.getResponse().getRedirectedUrl())
                        .session(dispatch)
                        .flashAttrs(result.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"plan-notice\"").contains("数据日期已改为 " + actualStart);
        AuditTrail.awaitRecord(jdbc, "plan.imported", Long.toString(id), null);
        assertThat(summary(id)).endsWith(", dataDate: " + statusDate + " → " + actualStart + " (数据日期早于最晚的实际日期，已改为该日期)");
    }

    @Test
    void aDataDateAtOrAfterTheLatestActualStandsAndNothingIsSaid() throws Exception {
        byte[] file = export(startedEarly()); // reported as of 3 days ago, started 36 days ago
        long id = project();

        MvcResult result = importOnPage(id, file);

        assertThat(result.getFlashMap().keySet()).isEmpty();
        AuditTrail.awaitRecord(jdbc, "plan.imported", Long.toString(id), null);
        assertThat(summary(id)).doesNotContain("dataDate");
    }

    @Test
    void theApiSaysAMovedDataDateInAWarningHeaderInTheCallersLanguageAndNothingWhenItStands() throws Exception {
        LocalDate statusDate = TODAY.minusDays(40);
        LocalDate actualStart = TODAY.minusDays(36);
        byte[] stands = export(startedEarly());
        byte[] early = new String(stands, StandardCharsets.UTF_8)
                .replaceAll("<StatusDate>[^<]*</StatusDate>", "<StatusDate>" + statusDate + "T17:00:00</StatusDate>")
                .getBytes(StandardCharsets.UTF_8);
        long id = project();

        String chinese = importByApi(id, early, "zh-CN").getHeader("Warning");
        String english = importByApi(id, early, "en").getHeader("Warning");

        assertThat(chinese).startsWith("299 - \"=?UTF-8?B?").endsWith("?=\"");
        String encoded = chinese.substring("299 - \"=?UTF-8?B?".length(), chinese.length() - "?=\"".length());
        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
                .isEqualTo("导入文件的数据日期（状态日期）" + statusDate + " 早于计划中最晚的实际日期 " + actualStart + "，数据日期已改为 " + actualStart
                        + "：进度按数据日期填报，实际日期不能晚于数据日期。");
        assertThat(english)
                .startsWith("299 - \"The imported file's data date (status date) " + statusDate)
                .contains("so the data date was moved to " + actualStart);
        assertThat(importByApi(project(), stands, "zh-CN").getHeader("Warning")).isNull();
    }

    /**
     * A file without a status date kept the plan's data date, which its later actuals then moved forward unnoticed:
     * the importer and the audit record are told from which date to which, and why.
     */
    @Test
    void aFileWithoutADataDateWhoseActualsAreLaterMovesThePlansDataDateAndSaysSo() throws Exception {
        LocalDate before = TODAY.minusDays(50);
        LocalDate actualStart = TODAY.minusDays(36);
        String file = new String(export(startedEarly()), StandardCharsets.UTF_8)
                .replaceAll("<StatusDate>[^<]*</StatusDate>", "");
        assertThat(file).doesNotContain("StatusDate");
        long id = reportedAsOf(before);

        MvcResult result = importOnPage(id, file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.getFlashMap().get("notice"))
                .isEqualTo("导入文件没有数据日期（状态日期），其最晚的实际日期 " + actualStart + " 晚于计划的数据日期 " + before + "，数据日期已由 " + before
                        + " 改为 " + actualStart + "：进度按数据日期填报，实际日期不能晚于数据日期。");
        assertThat(dataDate(id)).isEqualTo(actualStart);
        AuditTrail.awaitRecord(jdbc, "plan.imported", Long.toString(id), null);
        assertThat(summary(id)).endsWith(", dataDate: " + before + " → " + actualStart + " (导入文件无数据日期，按其最晚的实际日期前移)");
    }

    /** A file's status date earlier than the plan's data date (and no actual after it) moves the data date back. */
    @Test
    void aFileWhoseDataDateIsEarlierThanThePlansMovesItBackAndSaysSo() throws Exception {
        LocalDate statusDate = TODAY.minusDays(20);
        String file = new String(export(startedEarly()), StandardCharsets.UTF_8)
                .replaceAll("<StatusDate>[^<]*</StatusDate>", "<StatusDate>" + statusDate + "T17:00:00</StatusDate>");
        long id = startedEarly(); // data date 3 days ago

        MvcResult result = importOnPage(id, file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.getFlashMap().get("notice"))
                .isEqualTo("数据日期已由 " + TODAY.minusDays(3) + " 改为导入文件的数据日期（状态日期）" + statusDate + "。");
        assertThat(dataDate(id)).isEqualTo(statusDate);
        AuditTrail.awaitRecord(jdbc, "plan.imported", Long.toString(id), null);
        assertThat(summary(id)).endsWith(", dataDate: " + TODAY.minusDays(3) + " → " + statusDate + " (按导入文件的数据日期)");
    }

    /** A plan with one task started 55 days ago, reported as of {@code asOf}. */
    private long reportedAsOf(LocalDate asOf) throws Exception {
        long id = project();
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "40");
        mvc.perform(multipart("/projects/" + id + "/plan/rows/A/progress")
                        .session(dispatch)
                        .with(csrf())
                        .param("actualStart", TODAY.minusDays(55).toString())
                        .param("percentComplete", "10")
                        .param("dataDate", asOf.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(dataDate(id)).isEqualTo(asOf);
        return id;
    }

    private LocalDate dataDate(long id) {
        return jdbc.sql("select data_date from project_plan where project_id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .single();
    }

    private MockHttpServletResponse importByApi(long id, byte[] file, String language) throws Exception {
        return mvc.perform(multipart("/api/v1/projects/" + id + "/plan/import")
                        .file(new MockMultipartFile("file", "plan.xml", "application/xml", file))
                        .header("Accept-Language", language)
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    /** A plan whose first task was started 36 days ago, reported as of 3 days ago. */
    private long startedEarly() throws Exception {
        long id = project();
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "40");
        var request = multipart("/projects/" + id + "/plan/rows/A/progress")
                .session(dispatch)
                .with(csrf())
                .param("actualStart", TODAY.minusDays(36).toString())
                .param("percentComplete", "30")
                .param("dataDate", TODAY.minusDays(3).toString());
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return id;
    }

    private long project() throws Exception {
        return PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.minusDays(60).toString(),
                TODAY.plusDays(300).toString());
    }

    private String summary(long id) {
        return jdbc.sql("select summary from audit_record where action = 'plan.imported' and entity_id = :id")
                .param("id", Long.toString(id))
                .query(String.class)
                .single();
    }

    private MvcResult importOnPage(long id, byte[] file) throws Exception {
        return mvc.perform(multipart("/projects/" + id + "/plan/import")
                        .file(new MockMultipartFile("file", "plan.xml", "application/xml", file))
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    private byte[] export(long id) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + id + "/plan/export?format=mspdi")
                        .session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
