package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a plan file keeps besides rows and links: a row given a stage stays under it (in the table and in both
 * formats), the plan's start (not the earliest actual start) and its data date survive an export and an import, and
 * the workbook reads in words, with each row's department, constraint and progress.
 */
@IntegrationTest
class PlanFileFidelityTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    PlanManagement plans;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    DepartmentManagement departments;

    MockHttpSession dispatch;
    long enterpriseId;
    CurrentUser user;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        user = new ServiceFixtures(enterprises, taskForces, projects, directory).user("dispatch");
    }

    @Test
    void aRowGivenAStageMovesToTheEndOfThatStageAndBothFormatsKeepItThere() throws Exception {
        long source = templated("2027-03-01", "2028-06-30");
        PlanFixtures.edit(mvc, dispatch, source, "/rows", "key", "X1", "name", "补充工作", "kind", "TASK", "duration", "3");
        PlanFixtures.edit(mvc, dispatch, source, "/rows/X1/stage", "parentKey", "S2");

        List<PlanSheet.Row> rows = plans.sheet(source, user).rows();
        int at = keys(rows).indexOf("X1");
        assertThat(rows.get(at - 1).parentKey()).as("after the last row of S2").isEqualTo("S2");
        assertThat(rows.get(at + 1).key()).as("before the next stage").isEqualTo("S3");

        List<String> original = outline(plans.sheet(source, user));
        for (String format : List.of("mspdi", "xer")) {
            long target = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
            importFile(target, export(source, format));
            assertThat(outline(plans.sheet(target, user))).as(format).isEqualTo(original);
        }
    }

    @Test
    void aRowTakenOutOfItsStageMovesToTheEndOfThePlan() throws Exception {
        long id = templated("2027-03-01", "2028-06-30");
        PlanFixtures.edit(mvc, dispatch, id, "/rows/A01/stage", "parentKey", "");

        List<PlanSheet.Row> rows = plans.sheet(id, user).rows();
        assertThat(rows.getLast().key()).isEqualTo("A01");
        assertThat(rows.getLast().parentKey()).isNull();
    }

    @Test
    void bothFormatsKeepThePlansStartWhenProgressStartedBeforeThePlan() throws Exception {
        long source = startedEarly();
        PlanSheet before = plans.sheet(source, user);
        assertThat(before.start()).isEqualTo(TODAY.minusDays(30));

        for (String format : List.of("xer", "mspdi")) {
            long target = PlanFixtures.project(
                    mvc,
                    dispatch,
                    enterpriseId,
                    TODAY.minusDays(90).toString(),
                    TODAY.plusDays(300).toString());
            importFile(target, export(source, format));
            // not the earliest actual start (MPXJ's project start of an XER), which moved the early dates
            assertThat(plans.sheet(target, user).start()).as(format).isEqualTo(before.start());
        }
    }

    @Test
    void bothFormatsKeepTheDataDateAndTheScheduleWithIt() throws Exception {
        long source = startedEarly();
        assertThat(plans.sheet(source, user).dataDate()).isEqualTo(TODAY.minusDays(3));

        for (String format : List.of("xer", "mspdi")) {
            long target = PlanFixtures.project(
                    mvc,
                    dispatch,
                    enterpriseId,
                    TODAY.minusDays(90).toString(),
                    TODAY.plusDays(300).toString());
            importFile(target, export(source, format));
            assertThat(plans.sheet(target, user).dataDate()).as(format).isEqualTo(TODAY.minusDays(3));
            assertThat(plan(target)).as(format).isEqualTo(plan(source));
        }
    }

    /** A plan starting 30 days ago whose first task was started 36 days ago, reported as of 3 days ago. */
    private long startedEarly() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.minusDays(30).toString(),
                TODAY.plusDays(300).toString());
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "40");
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "B", "name", "基础施工", "kind", "TASK", "duration", "20");
        PlanFixtures.edit(mvc, dispatch, id, "/rows/B/predecessors", "predecessors", "A");
        report(
                id,
                "A",
                "actualStart",
                TODAY.minusDays(36).toString(),
                "percentComplete",
                "30",
                "dataDate",
                TODAY.minusDays(3).toString());
        return id;
    }

    @Test
    void anExportWritesTheDataDateAsTheStatusDate() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.minusDays(30).toString(),
                TODAY.plusDays(300).toString());
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "40");
        LocalDate dataDate = TODAY.minusDays(2);
        report(
                id,
                "A",
                "actualStart",
                TODAY.minusDays(20).toString(),
                "percentComplete",
                "30",
                "dataDate",
                dataDate.toString());

        assertThat(new String(export(id, "mspdi"), StandardCharsets.UTF_8))
                .contains("<StatusDate>" + dataDate + "T17:00:00</StatusDate>");
        assertThat(projectField(new String(export(id, "xer"), StandardCharsets.UTF_8), "last_recalc_date"))
                .isEqualTo(dataDate + " 17:00");
    }

    /** A field of the PROJECT table of an XER file. */
    private static String projectField(String xer, String field) {
        String table = xer.substring(xer.indexOf("%T\tPROJECT\n"));
        String[] lines = table.split("\n");
        List<String> fields = List.of(lines[1].split("\t", -1));
        return lines[2].split("\t", -1)[fields.indexOf(field)];
    }

    @Test
    void theWorkbookReadsInWordsWithEachRowsDepartmentConstraintAndProgress() throws Exception {
        long id = templated(TODAY.minusDays(60).toString(), TODAY.plusDays(500).toString());
        String department = departments.findByCode("ZRZY").orElseThrow().name();
        PlanFixtures.edit(mvc, dispatch, id, "/rows/A02/department", "department", department);
        String constraintDate = TODAY.plusDays(200).toString();
        PlanFixtures.edit(
                mvc, dispatch, id, "/rows/A03/constraint", "constraintType", "SNET", "constraintDate", constraintDate);
        LocalDate started = TODAY.minusDays(50);
        LocalDate finished = TODAY.minusDays(45);
        report(
                id,
                "A01",
                "actualStart",
                started.toString(),
                "actualFinish",
                finished.toString(),
                "percentComplete",
                "100");

        byte[] xlsx = mvc.perform(get("/api/v1/projects/" + id + "/plan/export?format=xlsx")
                        .session(dispatch)
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> column = new HashMap<>();
            sheet.getRow(0).forEach(c -> column.put(c.getStringCellValue(), c.getColumnIndex()));
            assertThat(column)
                    .containsKeys("前置任务", "责任部门", "限制类型", "限制日期", "完成百分比", "实际开始", "实际完成")
                    .doesNotContainKey("前置任务（如 A01, A02SS+2）");
            Map<String, Row> rows = new HashMap<>();
            sheet.forEach(r -> rows.put(r.getCell(0).getStringCellValue(), r));
            java.util.function.BiFunction<String, String, Cell> cell =
                    (key, header) -> rows.get(key).getCell(column.get(header));
            assertThat(cell.apply("S1", "类型").getStringCellValue()).isEqualTo("阶段");
            assertThat(cell.apply("A01", "类型").getStringCellValue()).isEqualTo("任务");
            assertThat(cell.apply("M1", "类型").getStringCellValue()).isEqualTo("阶段目标");
            assertThat(cell.apply("A01", "状态").getStringCellValue()).isIn("绿灯", "黄灯", "红灯");
            assertThat(cell.apply("A02", "责任部门").getStringCellValue()).isEqualTo(department);
            assertThat(cell.apply("A03", "限制类型").getStringCellValue()).isEqualTo("不早于…开始");
            assertThat(cell.apply("A03", "限制日期").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.parse(constraintDate));
            assertThat(cell.apply("A01", "完成百分比").getNumericCellValue()).isEqualTo(100);
            assertThat(cell.apply("A01", "实际开始").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(started);
            assertThat(cell.apply("A01", "实际完成").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(finished);
            for (Row row : sheet) {
                row.forEach(c -> assertThat(c.toString()).doesNotMatch("STAGE|TASK|MILESTONE|GREEN|YELLOW|RED"));
            }
        }
    }

    private long templated(String start, String target) throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, start, target);
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        return id;
    }

    private static List<String> keys(List<PlanSheet.Row> rows) {
        return rows.stream().map(PlanSheet.Row::key).toList();
    }

    /** Each row as "key stage", in the plan's order. */
    private static List<String> outline(PlanSheet sheet) {
        return sheet.rows().stream().map(r -> r.key() + " " + r.parentKey()).toList();
    }

    private void report(long id, String key, String... params) throws Exception {
        var request = multipart("/projects/" + id + "/plan/rows/" + key + "/progress")
                .session(dispatch)
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private String plan(long id) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private byte[] export(long id, String format) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + id + "/plan/export?format=" + format)
                        .session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private void importFile(long id, byte[] content) throws Exception {
        mvc.perform(multipart("/api/v1/projects/" + id + "/plan/import")
                        .file(new MockMultipartFile("file", "plan.bin", "application/octet-stream", content))
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isOk());
    }
}
