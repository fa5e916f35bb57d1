package cn.zhuanban.schedule;

import static cn.zhuanban.schedule.PlanInteropFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.schedule.domain.ProjectPlanRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MS Project XML and Primavera XER round trips keep the schedule; the exports are stamped and the workbook shows the
 * baseline.
 */
@IntegrationTest
class PlanInteropExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    Scheduling scheduling;

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanReplacement replacement;

    @Autowired
    ProjectPlanRepository repository;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    MockHttpSession dispatch;
    long enterpriseId;
    PlanInteropFiles files;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        files = new PlanInteropFiles(mvc, dispatch, enterpriseId);
    }

    @Test
    void anMspdiRoundTripKeepsTasksLinksLagsDurationsAndConstraints() throws Exception {
        long source = files.templatedWithLag();
        String original = files.plan(source);
        byte[] xml = files.export(source, "mspdi");
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("<Project")
                .contains("土地供应")
                .contains("<Title>"
                        + projectReads
                                .find(
                                        source,
                                        new ServiceFixtures(enterprises, taskForces, projects, directory)
                                                .user("dispatch"))
                                .name()
                        + "</Title>")
                .contains("<CurrencySymbol>¥</CurrencySymbol>")
                .contains("<CurrencyCode>CNY</CurrencyCode>")
                .doesNotContain("Project1");
        long target = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        files.importFile(target, xml).andExpect(status().isOk());
        assertThat(files.plan(target)).isEqualTo(original);
    }

    @Test
    void anXerRoundTripKeepsTheSchedule() throws Exception {
        long source = files.templatedWithLag();
        byte[] xer = files.export(source, "xer");
        assertThat(new String(xer, StandardCharsets.UTF_8)).startsWith("ERMHDR");
        long target = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        files.importFile(target, xer).andExpect(status().isOk());
        assertThat(files.plan(target)).isEqualTo(files.plan(source));
        // in the code page P6 reads on Chinese Windows, and back: MPXJ's default turned the names into "??"
        assertThat(new String(xer, java.nio.charset.Charset.forName("GB18030"))).contains("土地供应");
        String page = mvc.perform(get("/projects/" + target + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("土地供应").doesNotContain("????");
    }

    @Test
    void stageGoalsWithTheirTargetDatesAndTheRowOrderSurviveRoundTripsThroughBothFormats() throws Exception {
        long source = files.templatedWithLag();
        PlanFixtures.edit(mvc, dispatch, source, "/rows/M1/target", "targetDate", "2027-12-15");
        // rows out of key order: Primavera sorts a WBS node's activities by activity id, and puts them before its nodes
        files.addRow(source, "A00", "试生产验收", "TASK", "S3");
        files.addRow(source, "AA1", "项目总结", "TASK", null);
        files.addRow(source, "S9", "预留阶段", "STAGE", null); // a stage without rows yet stays a stage
        CurrentUser user = new ServiceFixtures(enterprises, taskForces, projects, directory).user("dispatch");
        List<String> original = rows(plans.sheet(source, user));
        assertThat(original)
                .contains("M1 MILESTONE S1 2027-12-15", "M3 MILESTONE S3 2028-06-30")
                .endsWith(
                        "C01 TASK S3 null",
                        "M3 MILESTONE S3 2028-06-30",
                        "A00 TASK S3 null",
                        "AA1 TASK null null",
                        "S9 STAGE null null");
        for (String format : List.of("xer", "mspdi")) {
            long target = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
            files.importFile(target, files.export(source, format)).andExpect(status().isOk());
            assertThat(rows(plans.sheet(target, user))).as(format).isEqualTo(original);
            assertThat(files.plan(target)).as(format).isEqualTo(files.plan(source));
        }
    }

    @Test
    void startNoEarlierThanAndMustFinishOnConstraintsSurviveRoundTripsThroughBothFormats() throws Exception {
        org.mpxj.ProjectFile file = new org.mpxj.ProjectFile();
        org.mpxj.ProjectCalendar calendar = file.addDefaultBaseCalendar();
        file.getProjectProperties().setDefaultCalendar(calendar);
        file.getProjectProperties().setStartDate(java.time.LocalDateTime.of(2027, 3, 1, 8, 0));
        org.mpxj.Task first = file.addTask();
        first.setName("场地平整");
        first.setWBS("K1");
        first.setDuration(org.mpxj.Duration.getInstance(5, org.mpxj.TimeUnit.DAYS));
        first.setConstraintType(org.mpxj.ConstraintType.START_NO_EARLIER_THAN);
        first.setConstraintDate(java.time.LocalDateTime.of(2027, 4, 6, 8, 0));
        org.mpxj.Task second = file.addTask();
        second.setName("桩基施工");
        second.setWBS("K2");
        second.setDuration(org.mpxj.Duration.getInstance(3, org.mpxj.TimeUnit.DAYS));
        second.setConstraintType(org.mpxj.ConstraintType.MUST_FINISH_ON);
        second.setConstraintDate(java.time.LocalDateTime.of(2027, 5, 20, 17, 0));
        second.addPredecessor(new org.mpxj.Relation.Builder()
                .predecessorTask(first)
                .type(org.mpxj.RelationType.FINISH_START)
                .lag(org.mpxj.Duration.getInstance(2, org.mpxj.TimeUnit.DAYS)));
        java.io.ByteArrayOutputStream xml = new java.io.ByteArrayOutputStream();
        new org.mpxj.mspdi.MSPDIWriter().write(file, xml);

        long imported = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        files.importFile(imported, xml.toByteArray()).andExpect(status().isOk());
        String original = files.plan(imported);
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(original, "$.tasks[?(@.key == 'K1')].earlyStart"))
                .containsExactly("2027-04-06"); // SNET holds the task back
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(original, "$.tasks[?(@.key == 'K2')].lateFinish"))
                .containsExactly("2027-05-20"); // MFO pins the finish
        long viaXer = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        files.importFile(viaXer, files.export(imported, "xer")).andExpect(status().isOk());
        assertThat(files.plan(viaXer)).isEqualTo(original);
        long viaMspdi = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        files.importFile(viaMspdi, files.export(viaXer, "mspdi")).andExpect(status().isOk());
        assertThat(files.plan(viaMspdi)).isEqualTo(original);
    }

    @Test
    void anExportWithAFixedClockIsStampedWithItAndRepeatable() throws Exception {
        long id = files.templatedWithLag();
        Clock fixed = Clock.fixed(Instant.parse("2031-05-06T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        PlanInterop interop = new PlanInterop(plans, replacement, repository, projectReads, scheduling, fixed);
        CurrentUser user = new ServiceFixtures(enterprises, taskForces, projects, directory).user("dispatch");
        byte[] xml = interop.export(id, user, PlanInterop.Format.MSPDI);
        assertThat(xml).isEqualTo(interop.export(id, user, PlanInterop.Format.MSPDI));
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("<CreationDate>2031-05-06T10:00:00</CreationDate>");
        byte[] xer = interop.export(id, user, PlanInterop.Format.XER);
        assertThat(xer).isEqualTo(interop.export(id, user, PlanInterop.Format.XER));
        assertThat(new String(xer, StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .contains("2031-05-06");
    }

    @Test
    void theXlsxExportIsAWorkbook() throws Exception {
        long id = files.templatedWithLag();
        byte[] xlsx = files.export(id, "xlsx");
        assertThat(xlsx).startsWith('P', 'K');
    }

    @Test
    void theXlsxExportShowsEachTasksStartAndFinishVarianceAgainstTheBaselineInWorkingDays() throws Exception {
        long id = files.templatedWithLag();
        mvc.perform(post("/projects/" + id + "/plan/baselines")
                        .session(dispatch)
                        .with(csrf())
                        .param("name", "批复基线"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/projects/" + id + "/plan/rows/A02/duration")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("duration", "25")) // 用地预审 20 → 25 working days: A03 onward moves 5 days later
                .andExpect(status().isOk());
        byte[] xlsx = mvc.perform(get("/api/v1/projects/" + id + "/plan/export?format=xlsx")
                        .session(dispatch)
                        .locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            java.util.Map<String, Integer> column = new java.util.HashMap<>();
            sheet.getRow(0).forEach(c -> column.put(c.getStringCellValue(), c.getColumnIndex()));
            assertThat(column).containsKeys("基线开始", "基线完成", "开始偏差（工作日）", "完成偏差（工作日）");
            java.util.Map<String, org.apache.poi.ss.usermodel.Row> rows = new java.util.HashMap<>();
            sheet.forEach(r -> rows.put(r.getCell(0).getStringCellValue(), r));
            java.util.function.BiFunction<String, String, Double> number =
                    (key, header) -> rows.get(key).getCell(column.get(header)).getNumericCellValue();
            assertThat(number.apply("A01", "开始偏差（工作日）")).isZero();
            assertThat(number.apply("A02", "开始偏差（工作日）")).isZero();
            assertThat(number.apply("A02", "完成偏差（工作日）")).isEqualTo(5);
            assertThat(number.apply("A03", "开始偏差（工作日）")).isEqualTo(5);
            assertThat(number.apply("A03", "完成偏差（工作日）")).isEqualTo(5);
            assertThat(rows.get("A03").getCell(column.get("基线开始")).getLocalDateTimeCellValue())
                    .isNotNull();
        }
    }
}
