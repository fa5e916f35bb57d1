package cn.zhuanban.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.dashboard.WorkRows;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.meeting.ActionLedgerRow;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.shared.JobStatus;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.files.FileStore;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The weekly briefing and the monthly dispatch report: gathered from prepared rows as of a fixed date,
 * written as XLSX and DOCX and opened back with POI number by number; generated in the background from a
 * queued job whose progress and finished file the page lists; one user never sees another's files.
 */
@IntegrationTest
class GeneratedReportsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    @Autowired
    MockMvc mvc;

    @Autowired
    BriefingAssembler assembler;

    @Autowired
    GeneratedReports reports;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    UserDirectory directory;

    @Autowired
    MessageSource messages;

    @Autowired
    WorkRows rows;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore files;

    @Autowired
    Clock clock;

    @Test
    void theWeeklyBriefingFilesSayWhatTheDataSays() throws Exception {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long a = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "800");
        long b = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "300");
        lighting.setLight(b, StatusLight.RED, "施工许可证未办结");
        long d1 = rows.department(0);
        long d2 = rows.department(1);
        rows.prepare(a, b, enterprise, d1, d2);
        Briefing briefing =
                assembler.of(ReportKind.WEEKLY, viewer(enterprise), TODAY, TODAY, Locale.SIMPLIFIED_CHINESE);
        BriefingWriter.Texts texts = (key, args) -> messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);

        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(BriefingWriter.write(briefing, ReportFormat.XLSX, texts)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            // Counts are numeric cells, not the text '2'.
            Row projectsRow = book.getSheet("主要指标").getRow(2);
            assertThat(projectsRow.getCell(0).getStringCellValue()).isEqualTo("项目总数");
            assertThat(projectsRow.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(projectsRow.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            // Rates are numeric percent cells (0.5 shown as 50.0%), not the text "50.0%".
            Row satisfaction = book.getSheet("主要指标").getRow(7);
            assertThat(satisfaction.getCell(0).getStringCellValue()).isEqualTo("工单满意率");
            assertThat(satisfaction.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(satisfaction.getCell(1).getNumericCellValue()).isEqualTo(0.5);
            assertThat(satisfaction.getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("0.0%");
            assertThat(cells(book.getSheet("主要指标")))
                    .contains("项目总数|2", "红灯项目|1", "未办结工单|4", "超期工单|3", "已解决工单|2", "工单满意率|50.0%", "阶段目标按期率|33.3%");
            assertThat(cells(book.getSheet("红灯项目")))
                    .anyMatch(line ->
                            line.startsWith(projects.summary(b).orElseThrow().name() + "|施工许可证未办结|"));
            assertThat(cells(book.getSheet("超期工单"))).contains(name(d1) + "|2", name(d2) + "|1");
            assertThat(cells(book.getSheet("阶段目标")))
                    .contains(projects.summary(a).orElseThrow().name() + "|目标M4|2026-03-25|未完成");
            assertThat(book.getSheet("阶段目标").getRow(0).getCell(0).getStringCellValue())
                    .contains("重点项目周报（2026-03-16 至 2026-03-18）");
        }

        Briefing monthly =
                assembler.of(ReportKind.MONTHLY, viewer(enterprise), TODAY, TODAY, Locale.SIMPLIFIED_CHINESE);
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(BriefingWriter.write(monthly, ReportFormat.DOCX, texts)))) {
            List<String> paragraphs =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.getFirst()).isEqualTo("重点项目月度调度通报（2026-03-01 至 2026-03-18）");
            assertThat(paragraphs)
                    .contains(
                            "一、主要指标",
                            "二、红灯项目及原因",
                            "三、超期工单（按部门）",
                            "四、下月阶段目标（2026-04-01 至 2026-04-30）",
                            "五、超期未办结的会议议定事项",
                            "无");
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(3);
            assertThat(tables.get(0).getText()).contains("超期工单\t3");
            assertThat(tables.get(1).getText()).contains("施工许可证未办结");
            assertThat(tables.get(2).getRow(1).getCell(0).getText()).isEqualTo(name(d1));
            assertThat(tables.get(2).getRow(1).getCell(1).getText()).isEqualTo("2");
        }
    }

    @Test
    void theDecisionsPastTheirDeadlineAreTheFifthSection() throws Exception {
        ActionLedgerRow late = new ActionLedgerRow(
                1,
                2,
                3,
                LocalDate.of(2026, 3, 2),
                4,
                "高端原料药项目服务专班",
                "供电公司完成临时用电接入",
                5L,
                "原料药项目",
                "区供电公司",
                "吴强",
                LocalDate.of(2026, 3, 13),
                true,
                null,
                6L,
                "IN_PROGRESS");
        Briefing briefing = new Briefing(
                ReportKind.WEEKLY,
                LocalDate.of(2026, 3, 16),
                TODAY,
                TODAY,
                TODAY.plusDays(7),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(late),
                null,
                java.util.Set.of());
        BriefingWriter.Texts texts = (key, args) -> messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);

        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(BriefingWriter.write(briefing, ReportFormat.DOCX, texts)))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("五、超期未办结的会议议定事项");
            assertThat(doc.getTables().getLast().getText())
                    .contains("供电公司完成临时用电接入", "高端原料药项目服务专班 第3期周例会（2026-03-02）", "区供电公司", "2026-03-13");
        }
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(BriefingWriter.write(briefing, ReportFormat.XLSX, texts)))) {
            assertThat(cells(book.getSheet("议定事项")))
                    .containsExactly("供电公司完成临时用电接入|高端原料药项目服务专班 第3期周例会（2026-03-02）|区供电公司|2026-03-13");
        }
    }

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
        BriefingWriter.Texts texts = (key, args) -> messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
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

    private String name(long department) {
        return rows.departmentName(department);
    }

    /** Each data row of a sheet as "cell|cell|…" (the title and header rows left out). */
    private static List<String> cells(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() < 2) {
                continue;
            }
            List<String> values = new ArrayList<>();
            row.forEach(c -> values.add(format.formatCellValue(c)));
            lines.add(String.join("|", values));
        }
        return lines;
    }

    private static CurrentUser viewer(long enterprise) {
        return new CurrentUser(
                -4,
                "fixture-report",
                "测试报告",
                null,
                enterprise,
                DataScope.ENTERPRISE,
                Set.of("ENTERPRISE_CONTACT"),
                Set.of(
                        Permissions.COCKPIT_VIEW,
                        Permissions.PROJECT_VIEW,
                        Permissions.TICKET_VIEW,
                        Permissions.PLAN_VIEW));
    }
}
