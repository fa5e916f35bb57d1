package cn.zhuanban.dashboard.reports;

import static cn.zhuanban.dashboard.reports.ReportSheets.cells;
import static cn.zhuanban.dashboard.reports.ReportSheets.viewer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.dashboard.WorkRows;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.meeting.ActionLedgerRow;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * What the weekly briefing and the monthly dispatch report say: gathered from prepared rows as of a fixed date,
 * written as XLSX and DOCX and opened back with POI number by number, section by section.
 */
@IntegrationTest
class GeneratedReportsContentTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    @Autowired
    BriefingAssembler assembler;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    MessageSource messages;

    @Autowired
    WorkRows rows;

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
        BriefingWriter.Texts texts = ReportSheets.chinese(messages);

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
                    .anyMatch(line -> line.startsWith(
                            projectReads.summary(b).orElseThrow().name() + "|施工许可证未办结|"));
            assertThat(cells(book.getSheet("超期工单"))).contains(name(d1) + "|2", name(d2) + "|1");
            assertThat(cells(book.getSheet("阶段目标")))
                    .contains(projectReads.summary(a).orElseThrow().name() + "|目标M4|2026-03-25|未完成");
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
                "IN_PROGRESS",
                false,
                null,
                0);
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
                Set.of(),
                null);
        BriefingWriter.Texts texts = ReportSheets.chinese(messages);

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

    private String name(long department) {
        return rows.departmentName(department);
    }
}
