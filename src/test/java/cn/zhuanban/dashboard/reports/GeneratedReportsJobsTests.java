package cn.zhuanban.dashboard.reports;

import static cn.zhuanban.dashboard.reports.ReportSheets.cells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.shared.JobStatus;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.files.FileStore;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Generated reports as jobs: a request queues a job of the chosen month (by default the last complete one, never one
 * still ahead), the background run reports its progress and the page lists the finished file, named by its month,
 * for its owner only; files older than the retention go with their rows.
 */
@IntegrationTest
class GeneratedReportsJobsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    GeneratedReports reports;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore files;

    @Autowired
    Clock clock;

    @Test
    void generationRunsInTheBackgroundWithProgressAndListsTheFinishedFileForItsOwnerOnly() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(post("/reports")
                        .session(session)
                        .with(csrf())
                        .param("kind", "MONTHLY")
                        .param("format", "XLSX"))
                .andExpect(status().is3xxRedirection());
        String queued = page(session, "/reports/jobs");
        long job = jobId(queued);
        assertThat(queued)
                .contains("data-status=\"QUEUED\"")
                .contains("<progress")
                .contains("hx-trigger=\"every 1s\"");

        while (reports.runNext()) {
            // the test drives the poller
        }

        String done = page(session, "/reports/jobs");
        assertThat(done)
                .contains("data-job=\"" + job + "\" data-status=\"DONE\"")
                .contains("/reports/jobs/" + job + "/file")
                .doesNotContain("hx-trigger");
        byte[] file = mvc.perform(get("/reports/jobs/" + job + "/file").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // The default month is over: its file counts the projects registered by its end (lights are today's).
        long red = lighting.countsByLightRegisteredBy(
                        InvestmentFixtures.districtWide(),
                        YearMonth.now(clock).minusMonths(1).atEndOfMonth())
                .red();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            // A past month's file dates each figure; the red lights keep no history and say they are today's.
            assertThat(cells(book.getSheet("主要指标"))).anyMatch(line -> line.startsWith("红灯项目|" + red + "|当前（"));
            assertThat(book.getSheet("红灯项目").getPhysicalNumberOfRows()).isEqualTo(2 + (int) red);
        }

        MockHttpSession leader = WebTestSupport.login(mvc, "leader");
        mvc.perform(get("/reports/jobs/" + job + "/file").session(leader)).andExpect(status().isNotFound());
        assertThat(page(leader, "/reports/jobs")).doesNotContain("data-job=\"" + job + "\"");
        mvc.perform(get("/reports").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMonthlyReportCoversTheChosenMonthByDefaultTheLastCompleteOneAndIsNamedByIt() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        YearMonth now = YearMonth.now(clock);
        YearMonth last = now.minusMonths(1);
        assertThat(page(session, "/reports"))
                .contains("name=\"month\"")
                .contains("value=\"" + last + "\"")
                .contains("max=\"" + now + "\"");

        mvc.perform(post("/reports")
                        .session(session)
                        .with(csrf())
                        .param("kind", "MONTHLY")
                        .param("format", "XLSX")
                        .param("month", last.toString()))
                .andExpect(status().is3xxRedirection());
        while (reports.runNext()) {
            // the test drives the poller
        }

        String list = page(session, "/reports/jobs");
        long job = jobId(list);
        assertThat(list)
                .contains("月度调度通报（" + last + "）")
                .contains(">月度调度通报-" + last + ".xlsx<")
                .contains(last.atEndOfMonth().toString());
        byte[] file = mvc.perform(get("/reports/jobs/" + job + "/file").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getSheet("主要指标").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("重点项目月度调度通报（" + last.atDay(1) + " 至 " + last.atEndOfMonth() + "）");
        }
    }

    @Test
    void aMonthStillAheadIsRefusedWithTheReasonBesideTheMonth() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        YearMonth ahead = YearMonth.now(clock).plusMonths(1);
        String before = page(session, "/reports/jobs");

        String refused = mvc.perform(post("/reports")
                        .session(session)
                        .with(csrf())
                        .param("kind", "MONTHLY")
                        .param("format", "DOCX")
                        .param("month", ahead.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(refused)
                .contains("月度调度通报不能选择未来的月份（" + ahead + "），最晚为本月（" + YearMonth.now(clock) + "）")
                .contains("is-invalid")
                .contains("value=\"" + ahead + "\"");
        assertThat(page(session, "/reports/jobs")).isEqualTo(before);
    }

    @Test
    void aMonthlyFileIsNamedByItsMonthAndAMonthToDateFileAlsoByItsDate() {
        BriefingWriter.Texts texts = ReportSheets.chinese(messages);
        assertThat(GeneratedReports.fileName(ReportKind.MONTHLY, LocalDate.of(2026, 11, 30), texts))
                .isEqualTo("月度调度通报-2026-11");
        assertThat(GeneratedReports.fileName(ReportKind.MONTHLY, LocalDate.of(2026, 12, 2), texts))
                .isEqualTo("月度调度通报-2026-12-截至2026-12-02");
        assertThat(GeneratedReports.fileName(ReportKind.WEEKLY, LocalDate.of(2026, 12, 2), texts))
                .isEqualTo("周报-2026-12-02");
    }

    @Test
    void filesOlderThanTheRetentionAreRemovedWithTheirRowsAndNewerOnesStay() throws Exception {
        CurrentUser dispatch = new CurrentUser(
                -5,
                "fixture-purge",
                "测试清理",
                null,
                null,
                DataScope.ALL,
                Set.of("DISPATCH"),
                Set.of(
                        Permissions.COCKPIT_VIEW,
                        Permissions.PROJECT_VIEW,
                        Permissions.TICKET_VIEW,
                        Permissions.PLAN_VIEW));
        long old = reports.request(ReportKind.WEEKLY, ReportFormat.XLSX, dispatch, Locale.SIMPLIFIED_CHINESE);
        long recent = reports.request(ReportKind.WEEKLY, ReportFormat.DOCX, dispatch, Locale.SIMPLIFIED_CHINESE);
        while (reports.runNext()) {
            // the test drives the poller
        }
        String oldKey = jdbc.sql("select storage_key from report_job where id = :id")
                .param("id", old)
                .query(String.class)
                .single();
        jdbc.sql("update report_job set finished_at = finished_at - interval '31' day where id = :id")
                .param("id", old)
                .update();

        assertThat(reports.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThatThrownBy(() -> reports.find(old, dispatch)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> files.open(oldKey)).isInstanceOf(java.io.IOException.class);
        assertThat(reports.find(recent, dispatch).status()).isEqualTo(JobStatus.DONE);
        try (var in = reports.open(recent, dispatch)) {
            assertThat(in.readAllBytes()).isNotEmpty();
        }
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static long jobId(String html) {
        Matcher m = Pattern.compile("data-job=\"(\\d+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
