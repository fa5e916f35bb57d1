package cn.zhuanban.dashboard.reports;

import static cn.zhuanban.dashboard.reports.MonthEndRows.step;
import static cn.zhuanban.dashboard.reports.ReportSheets.cells;
import static cn.zhuanban.dashboard.reports.ReportSheets.row;
import static cn.zhuanban.dashboard.reports.ReportSheets.viewer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.dashboard.WorkRows;
import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.RedProject;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.ticket.DepartmentOverdue;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly dispatch report of a past month is as of the month's end: a project registered after it and a ticket
 * reported after it are not counted, a ticket closed after it counts as open and one closed before it and reopened
 * since as closed; the red lights, which keep no history, are marked in the file as today's.
 */
@IntegrationTest
class MonthEndBriefingTests {

    static final LocalDate MONTH_END = LocalDate.of(2025, 6, 30);
    static final LocalDate TODAY = LocalDate.of(2025, 8, 12);

    @Autowired
    BriefingAssembler assembler;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    WorkRows work;

    @Autowired
    MonthEndRows rows;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void aPastMonthsBriefingCountsWhatStoodAtTheMonthsEndAndSaysWhichFiguresAreToday() throws Exception {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long before = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "800");
        long after = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "300");
        rows.registered(before, "2025-05-10T09:00:00");
        rows.registered(after, "2025-07-03T09:00:00");
        lighting.setLight(before, StatusLight.RED, "用地手续未办结");
        lighting.setLight(after, StatusLight.RED, "环评未批复");
        long department = work.department(0);
        // Reported in June, assigned and overdue on 20 June, closed in July: open and overdue at the month's end.
        rows.ticket(
                before,
                department,
                "CLOSED",
                "2025-06-20",
                null,
                null,
                "2025-07-10T10:00:00",
                step("2025-06-05T10:00:00", "REPORTED"),
                step("2025-06-06T10:00:00", "ASSIGNED"),
                step("2025-07-10T10:00:00", "CLOSED"));
        // Reported in July: not in June's figures at all.
        rows.ticket(
                before,
                department,
                "IN_PROGRESS",
                "2025-07-20",
                null,
                null,
                null,
                step("2025-07-02T10:00:00", "REPORTED"),
                step("2025-07-03T10:00:00", "IN_PROGRESS"));
        // Closed on 20 June, solved and rated satisfied.
        rows.ticket(
                before,
                department,
                "CLOSED",
                "2025-06-25",
                "SOLVED",
                "SATISFIED",
                "2025-06-20T10:00:00",
                step("2025-06-01T10:00:00", "REPORTED"),
                step("2025-06-20T10:00:00", "CLOSED"));
        // Closed on 10 June and reopened in July: closed at the month's end, though open today.
        rows.ticket(
                before,
                department,
                "IN_PROGRESS",
                "2025-06-08",
                null,
                null,
                null,
                step("2025-06-02T10:00:00", "REPORTED"),
                step("2025-06-10T10:00:00", "CLOSED"),
                step("2025-07-05T10:00:00", "IN_PROGRESS"));

        Briefing briefing =
                assembler.of(ReportKind.MONTHLY, viewer(enterprise), MONTH_END, TODAY, Locale.SIMPLIFIED_CHINESE);

        Map<String, Figure> figures = briefing.figures().stream().collect(Collectors.toMap(Figure::key, f -> f));
        assertThat(figures.get("projects").number()).isEqualTo(1L);
        assertThat(figures.get("red").number()).isEqualTo(1L);
        assertThat(figures.get("tickets-open").number()).isEqualTo(1L);
        assertThat(figures.get("tickets-overdue").number()).isEqualTo(1L);
        assertThat(figures.get("tickets-solved").number()).isEqualTo(1L);
        assertThat(figures.get("tickets-satisfaction").rate()).isEqualTo(1.0);
        assertThat(briefing.red()).extracting(RedProject::id).containsExactly(before);
        assertThat(briefing.overdue())
                .extracting(DepartmentOverdue::departmentId, DepartmentOverdue::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(department, 1L));
        assertThat(briefing.currentOn()).isEqualTo(TODAY);
        assertThat(briefing.dataSince()).isNull();
        assertThat(briefing.isCurrent("red")).isTrue();
        assertThat(briefing.isCurrent("tickets-open")).isFalse();

        BriefingWriter.Texts texts = ReportSheets.chinese(messages);
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(BriefingWriter.write(briefing, ReportFormat.XLSX, texts)))) {
            Sheet sheet = book.getSheet("主要指标");
            assertThat(cells(sheet))
                    .contains(
                            "项目总数|1|截至 2025-06-30",
                            "红灯项目|1|当前（2025-08-12），无历史记录",
                            "未办结工单|1|截至 2025-06-30",
                            "工单满意率|100.0%|截至 2025-06-30");
            Cell satisfaction = row(sheet, "工单满意率").getCell(1);
            assertThat(satisfaction.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(satisfaction.getNumericCellValue()).isEqualTo(1.0);
            assertThat(book.getSheet("红灯项目").getRow(0).getCell(0).getStringCellValue())
                    .contains("2025-06-30 前登记的项目，亮灯为 2025-08-12 的当前判定");
            assertThat(cells(book.getSheet("红灯项目"))).singleElement().asString().contains("用地手续未办结");
        }
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(BriefingWriter.write(briefing, ReportFormat.DOCX, texts)))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("数据截至 2025-06-30", "标“当前”的指标及红灯项目为 2025-08-12 的数据（没有历史记录），其余数据截至 2025-06-30");
            assertThat(doc.getTables().getFirst().getText()).contains("工单满意率\t100.0%\t截至 2025-06-30");
        }
    }

    @Test
    void aPastMonthTheLightHistoryCoversShowsTheLightsOfItsEndNotTodays() throws Exception {
        // A month ending on or after the day the history of lights started; the briefing is written 40 days later.
        LocalDate start = lighting.lightHistorySince().orElseThrow();
        LocalDate now = LocalDate.now(clock);
        LocalDate from = now.isAfter(start) ? now : start;
        LocalDate monthEnd = from.withDayOfMonth(from.lengthOfMonth());
        LocalDate writtenOn = monthEnd.plusDays(40);
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long project = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "800");
        lighting.setLight(project, StatusLight.RED, "用地手续未办结");
        lighting.setLight(project, StatusLight.GREEN, null);
        // The turn to green came the day after the month's end: red at the end, green today.
        jdbc.sql("""
                        update project_light_change set changed_at = :at, on_day = :day
                        where id = (select max(id) from project_light_change where project_id = :id)""")
                .param("at", Timestamp.valueOf(monthEnd.plusDays(1).atTime(10, 0)))
                .param("day", monthEnd.plusDays(1))
                .param("id", project)
                .update();

        Briefing briefing =
                assembler.of(ReportKind.MONTHLY, viewer(enterprise), monthEnd, writtenOn, Locale.SIMPLIFIED_CHINESE);

        Map<String, Figure> figures = briefing.figures().stream().collect(Collectors.toMap(Figure::key, f -> f));
        assertThat(figures.get("red").number()).isEqualTo(1L);
        assertThat(briefing.isCurrent("red")).isFalse();
        assertThat(briefing.red()).singleElement().satisfies(red -> {
            assertThat(red.id()).isEqualTo(project);
            assertThat(red.reason()).isEqualTo("用地手续未办结");
        });
        BriefingWriter.Texts texts = ReportSheets.chinese(messages);
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(BriefingWriter.write(briefing, ReportFormat.XLSX, texts)))) {
            assertThat(cells(book.getSheet("主要指标"))).contains("红灯项目|1|截至 " + monthEnd);
            assertThat(book.getSheet("红灯项目").getRow(0).getCell(0).getStringCellValue())
                    .contains("亮灯截至 " + monthEnd)
                    .doesNotContain("没有历史记录");
        }
    }

    @Test
    void aMonthBeforeTheFirstProjectWasRegisteredSaysItPredatesTheDataRatherThanReadingAsNoProjects() throws Exception {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long loaded = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "500");
        rows.registered(loaded, "2025-07-03T09:00:00");

        Briefing briefing =
                assembler.of(ReportKind.MONTHLY, viewer(enterprise), MONTH_END, TODAY, Locale.SIMPLIFIED_CHINESE);

        assertThat(briefing.dataSince()).isEqualTo(LocalDate.of(2025, 7, 3));
        BriefingWriter.Texts texts = ReportSheets.chinese(messages);
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(BriefingWriter.write(briefing, ReportFormat.XLSX, texts)))) {
            assertThat(cells(book.getSheet("主要指标")))
                    .contains("项目总数|0|早于系统数据：项目自 2025-07-03 起登记", "红灯项目|0|早于系统数据：项目自 2025-07-03 起登记");
        }
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(BriefingWriter.write(briefing, ReportFormat.DOCX, texts)))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("2025-06-30 早于系统中的项目数据（最早的项目于 2025-07-03 登记），项目总数和红灯项目不反映当时的情况");
        }
        Briefing july = assembler.of(
                ReportKind.MONTHLY, viewer(enterprise), LocalDate.of(2025, 7, 31), TODAY, Locale.SIMPLIFIED_CHINESE);
        assertThat(july.dataSince()).isNull();
    }

    @Test
    void aBriefingUpToTodayHasNoFiguresMarkedAsToday() {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        Briefing briefing =
                assembler.of(ReportKind.MONTHLY, viewer(enterprise), TODAY, TODAY, Locale.SIMPLIFIED_CHINESE);
        assertThat(briefing.currentOn()).isNull();
        assertThat(briefing.isCurrent("red")).isFalse();
    }
}
