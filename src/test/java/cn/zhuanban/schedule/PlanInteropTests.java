package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.WorkingCalendar;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** MS Project XML and Primavera XER round trips, and files that must be refused without changing anything. */
@IntegrationTest
class PlanInteropTests {

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

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void anMspdiRoundTripKeepsTasksLinksLagsDurationsAndConstraints() throws Exception {
        long source = templatedWithLag();
        String original = plan(source);
        byte[] xml = export(source, "mspdi");
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
        importFile(target, xml).andExpect(status().isOk());
        assertThat(plan(target)).isEqualTo(original);
    }

    @Test
    void anXerRoundTripKeepsTheSchedule() throws Exception {
        long source = templatedWithLag();
        byte[] xer = export(source, "xer");
        assertThat(new String(xer, StandardCharsets.UTF_8)).startsWith("ERMHDR");
        long target = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        importFile(target, xer).andExpect(status().isOk());
        assertThat(plan(target)).isEqualTo(plan(source));
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
        long source = templatedWithLag();
        PlanFixtures.edit(mvc, dispatch, source, "/rows/M1/target", "targetDate", "2027-12-15");
        // rows out of key order: Primavera sorts a WBS node's activities by activity id, and puts them before its nodes
        addRow(source, "A00", "试生产验收", "TASK", "S3");
        addRow(source, "AA1", "项目总结", "TASK", null);
        addRow(source, "S9", "预留阶段", "STAGE", null); // a stage without rows yet stays a stage
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
            importFile(target, export(source, format)).andExpect(status().isOk());
            assertThat(rows(plans.sheet(target, user))).as(format).isEqualTo(original);
            assertThat(plan(target)).as(format).isEqualTo(plan(source));
        }
    }

    /** Each row as "key kind stage target-date", in the plan's order. */
    private static List<String> rows(PlanSheet sheet) {
        return sheet.rows().stream()
                .map(r -> r.key() + " " + r.kind() + " " + r.parentKey() + " " + r.targetDate())
                .toList();
    }

    private void addRow(long id, String key, String name, String kind, String parentKey) throws Exception {
        if (parentKey == null) {
            PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", key, "name", name, "kind", kind, "duration", "3");
        } else {
            PlanFixtures.edit(
                    mvc,
                    dispatch,
                    id,
                    "/rows",
                    "key",
                    key,
                    "name",
                    name,
                    "kind",
                    kind,
                    "duration",
                    "3",
                    "parentKey",
                    parentKey);
        }
    }

    @Test
    void bothFormatsCarryHolidaysAndMakeUpWorkingDaysSoTheImportCountsTheSameWorkingDays() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2026-01-05", "2027-06-30");
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        WorkingCalendar district = scheduling.construction(false);
        LocalDate makeUpSaturday = LocalDate.of(2026, 2, 28); // worked for the Spring Festival
        LocalDate makeUpSunday = LocalDate.of(2026, 9, 20); // worked for National Day
        LocalDate nationalDay = LocalDate.of(2026, 10, 1);
        assertThat(district.isWorkingDay(makeUpSaturday)).isTrue();
        assertThat(district.isWorkingDay(makeUpSunday)).isTrue();
        for (String format : List.of("mspdi", "xer")) {
            PlanFileReader.Content content = PlanFileReader.read(export(id, format));
            assertThat(content.workingDay().test(makeUpSaturday))
                    .as(format + " make-up Saturday")
                    .isTrue();
            assertThat(content.workingDay().test(makeUpSunday))
                    .as(format + " make-up Sunday")
                    .isTrue();
            assertThat(content.workingDay().test(nationalDay))
                    .as(format + " National Day")
                    .isFalse();
            for (LocalDate d = LocalDate.of(2026, 1, 5); d.isBefore(LocalDate.of(2027, 6, 30)); d = d.plusDays(1)) {
                assertThat(content.workingDay().test(d)).as(format + " " + d).isEqualTo(district.isWorkingDay(d));
            }
        }
    }

    @Test
    void aRoundTripKeepsThePlansOwnCalendarExceptionsAndTheDatesAgree() throws Exception {
        long source = PlanFixtures.project(mvc, dispatch, enterpriseId, "2026-01-05", "2027-06-30");
        mvc.perform(post("/projects/" + source + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, source))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        String withoutExceptions = plan(source);
        // 2026-01-07 is a Wednesday inside 用地预审 (A02), 2026-03-07 a Saturday inside 土地供应 (A03)
        calendarDay(source, "2026-01-07", false, "设备检修停工");
        calendarDay(source, "2026-03-07", true, "周六加班");
        String original = plan(source);
        assertThat(original).as("the exceptions move the dates").isNotEqualTo(withoutExceptions);
        for (String format : List.of("mspdi", "xer")) {
            long target = PlanFixtures.project(mvc, dispatch, enterpriseId, "2026-01-05", "2027-06-30");
            importFile(target, export(source, format)).andExpect(status().isOk());
            assertThat(plan(target)).as(format + " dates").isEqualTo(original);
            String page = page(target);
            assertThat(page)
                    .as(format + " exceptions kept")
                    .contains("id=\"calendar-day-2026-01-07\"")
                    .contains("id=\"calendar-day-2026-03-07\"")
                    // the district's holidays and make-up days, also in the file, stay the district's
                    .doesNotContain("id=\"calendar-day-2026-10-01\"")
                    .doesNotContain("id=\"calendar-day-2026-02-28\"");
            if (format.equals("mspdi")) {
                assertThat(page).contains("设备检修停工"); // XER calendars carry no exception names
            }
        }
        // imported back into its own project, an XER keeps the names the plan gives the same days
        importFile(source, export(source, "xer")).andExpect(status().isOk());
        assertThat(plan(source)).isEqualTo(original);
        assertThat(page(source)).contains("设备检修停工").contains("周六加班");
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
        importFile(imported, xml.toByteArray()).andExpect(status().isOk());
        String original = plan(imported);
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(original, "$.tasks[?(@.key == 'K1')].earlyStart"))
                .containsExactly("2027-04-06"); // SNET holds the task back
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(original, "$.tasks[?(@.key == 'K2')].lateFinish"))
                .containsExactly("2027-05-20"); // MFO pins the finish
        long viaXer = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        importFile(viaXer, export(imported, "xer")).andExpect(status().isOk());
        assertThat(plan(viaXer)).isEqualTo(original);
        long viaMspdi = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        importFile(viaMspdi, export(viaXer, "mspdi")).andExpect(status().isOk());
        assertThat(plan(viaMspdi)).isEqualTo(original);
    }

    @Test
    void aSevenDayPlanComesBackAsASevenDayPlan() throws Exception {
        long source = templatedWithLag();
        mvc.perform(post("/projects/" + source + "/plan/calendar")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, source))
                        .param("sevenDayWeek", "true"))
                .andExpect(status().isOk());
        long target = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        importFile(target, export(source, "xer")).andExpect(status().isOk());
        assertThat(plan(target)).isEqualTo(plan(source));
        assertThat(page(target)).containsPattern("<option value=\"true\" selected=\"selected\"");
    }

    @Test
    void aCalendarDayOutsideTheCalendarsRangeIsRefusedAndChangesNothing() throws Exception {
        long id = templatedWithLag();
        String before = plan(id);
        mvc.perform(post("/projects/" + id + "/plan/calendar-days")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("date", "2150-01-01")
                        .param("working", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plan-error\"")));
        assertThat(plan(id)).isEqualTo(before);
    }

    @Test
    void anExportWithAFixedClockIsStampedWithItAndRepeatable() throws Exception {
        long id = templatedWithLag();
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
    void badFilesAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        long id = templatedWithLag();
        String before = plan(id);
        importFile(id, "hello, not a plan".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("schedule.file"));
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
                <Project xmlns="http://schemas.microsoft.com/project"><Name>&x;</Name></Project>""";
        importFile(id, xxe.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("文档类型声明")));
        // The same in UTF-16 without a byte order mark, with an ASCII "<Project" in a comment: the check read the bytes
        // as UTF-8, saw no DOCTYPE, and left it to the parser. Likewise a declaration naming an encoding the check
        // cannot follow (EBCDIC here) and UCS-4.
        String hidden = xxe.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>");
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] file = concat(hidden.getBytes(charset), "<!-- <Project -->".getBytes(StandardCharsets.US_ASCII));
            importFile(id, file)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("文档类型声明")));
        }
        byte[] ebcdic = concat(
                "<?xml version=\"1.0\" encoding=\"IBM037\"?>".getBytes(StandardCharsets.US_ASCII),
                xxe.substring(xxe.indexOf("<!DOCTYPE")).getBytes(java.nio.charset.Charset.forName("IBM037")),
                "<Project/>".getBytes(StandardCharsets.US_ASCII));
        importFile(id, ebcdic)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("文档类型声明")));
        importFile(id, xxe.getBytes(java.nio.charset.Charset.forName("UTF-32LE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("文件内容已损坏或无法解析")));
        byte[] garbage = new byte[10 * 1024 * 1024 - 4096];
        new Random(7).nextBytes(garbage);
        importFile(id, garbage).andExpect(status().isBadRequest());
        importFile(id, "<Project><Tasks>".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest());
        assertThat(plan(id)).isEqualTo(before);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * What a refused file says is the reason in the reader's language: a parser's English text (or a
     * NullPointerException's, for an XER header without a project) told the user nothing.
     */
    @Test
    void aFileThatIsNoPlanIsRefusedInChineseWithoutTheParsersText() throws Exception {
        long id = templatedWithLag();
        String before = plan(id);
        importFile(id, "ERMHDR\t1\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("schedule.file"))
                .andExpect(jsonPath("$.detail").value("文件无法导入：文件中没有项目计划，不是可导入的计划文件。未做任何更改。"));
        importFile(id, "<plan><task/></plan>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("不是 MS Project XML（MSPDI）格式")));
        importFile(id, "hello, not a plan".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("也不是 Primavera XER 文件")));
        importFile(id, "<Project><Tasks>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("文件内容已损坏或无法解析")));
        assertThat(plan(id)).isEqualTo(before);
    }

    /** A file without any task would have emptied the plan without a word, through the API and the page alike. */
    @Test
    void aFileWithoutAnyTaskIsRefusedAndTheRefusalIsShownOnThePage() throws Exception {
        long id = templatedWithLag();
        String before = plan(id);
        byte[] blankRowsOnly = mspdi("<Task><UID>1</UID><ID>1</ID><IsNull>1</IsNull></Task>");
        importFile(id, blankRowsOnly)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("schedule.file"))
                .andExpect(jsonPath("$.detail").value("文件无法导入：文件中没有可导入的任务。未做任何更改。"));
        importFile(id, mspdi("")).andExpect(status().isBadRequest());
        mvc.perform(multipart("/projects/" + id + "/plan/import")
                        .file(new MockMultipartFile("file", "plan.xml", "application/xml", blankRowsOnly))
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "文件无法导入：文件中没有可导入的任务。未做任何更改。"));
        assertThat(plan(id)).isEqualTo(before);
    }

    /**
     * A task the plan cannot hold refuses the whole file, naming the task: the audit's file (one task, no name, a
     * duration of PT99999999H) replaced a plan of 21 tasks with none.
     */
    @Test
    void aTaskWithoutANameOrWithAnAbsurdDurationRefusesTheFileNamingTheTask() throws Exception {
        long id = templatedWithLag();
        String before = plan(id);
        importFile(id, mspdi("<Task><UID>1</UID><ID>1</ID><Duration>PT99999999H0M0S</Duration></Task>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("schedule.file"))
                .andExpect(jsonPath("$.detail", containsString("第 1 行的任务（唯一标识 1）没有名称")));
        importFile(
                        id,
                        mspdi("<Task><UID>1</UID><ID>1</ID><Name>桩基施工</Name>"
                                + "<Duration>PT99999999H0M0S</Duration></Task>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("任务“桩基施工”的工期为 12,500,000 个工作日")))
                .andExpect(jsonPath("$.detail", containsString("须在 0 至 10,000 个工作日之间")));
        assertThat(plan(id)).isEqualTo(before);
    }

    /** MS Project writes empty lines of its table as blank rows: they are no tasks, and the rest imports. */
    @Test
    void blankRowsArePassedOverAndTheTasksAroundThemImport() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        importFile(
                        id,
                        mspdi("<Task><UID>1</UID><ID>1</ID><Name>场地平整</Name><Duration>PT40H0M0S</Duration></Task>"
                                + "<Task><UID>2</UID><ID>2</ID><IsNull>1</IsNull></Task>"
                                + "<Task><UID>3</UID><ID>3</ID><Name>桩基施工</Name><Duration>PT24H0M0S</Duration></Task>"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks.length()").value(2));
    }

    /**
     * A WBS code or activity id from another tool may hold what a key of the table may not (a space, a slash): the file
     * still comes in, each such sign becomes "_", so the tasks can be named as predecessors; a dotted WBS code stays.
     */
    @Test
    void importedKeysWithSpacesOrSignsBecomeKeysTheTableCanLinkTo() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        importFile(
                        id,
                        mspdi("<Task><UID>1</UID><ID>1</ID><WBS>1.2</WBS><Name>场地平整</Name>"
                                + "<Duration>PT40H0M0S</Duration></Task>"
                                + "<Task><UID>2</UID><ID>2</ID><WBS>EC 10/A</WBS><Name>桩基施工</Name>"
                                + "<Duration>PT24H0M0S</Duration></Task>"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks[0].key").value("1.2"))
                .andExpect(jsonPath("$.tasks[1].key").value("EC_10_A"));
        PlanFixtures.edit(mvc, dispatch, id, "/rows/EC_10_A/predecessors", "predecessors", "1.2")
                .andExpect(content().string(not(containsString("plan-error"))));
    }

    /**
     * Someone without the permission to edit plans is refused before anything about the request is looked at: a post
     * without its file answered 400 to him, so he learnt what the endpoint wants before being told he may not use it.
     */
    @Test
    void anImportWithoutThePermissionIsForbiddenWithOrWithoutItsFile() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        MockHttpSession leader = WebTestSupport.login(mvc, "leader");
        for (String path : List.of("/api/v1/projects/" + id + "/plan/import", "/projects/" + id + "/plan/import")) {
            mvc.perform(multipart(path).session(leader).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(path).session(leader).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(multipart(path)
                            .file(new MockMultipartFile("file", "plan.xml", "application/xml", new byte[] {'<'}))
                            .session(leader)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    /** Someone who may import and forgot the file is told so in his language, not shown a bare 400 page. */
    @Test
    void anImportWithoutAFileIsRefusedWithAMessage() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        String before = plan(id);
        mvc.perform(multipart("/api/v1/projects/" + id + "/plan/import")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail", containsString("请选择要导入的计划文件")));
        mvc.perform(post("/projects/" + id + "/plan/import").session(dispatch).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("请选择要导入的计划文件")));
        assertThat(plan(id)).isEqualTo(before);
    }

    @Test
    void aFileWithACycleIsRefusedAndChangesNothing() throws Exception {
        long id = templatedWithLag();
        String before = plan(id);
        String xml = new String(export(id, "mspdi"), StandardCharsets.UTF_8);
        // make 项目备案 (A01) depend on 施工许可证 (A11) as well: A01 → … → A11 → A01
        String a11Uid = uidOf(xml, "A11");
        String cyclic = xml.replaceFirst(
                "(<WBS>A01</WBS>)",
                "$1<PredecessorLink><PredecessorUID>" + a11Uid + "</PredecessorUID><Type>1</Type></PredecessorLink>");
        importFile(id, cyclic.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("schedule.cycle"))
                // named by key and name, as the file's unique ids (or MS Project's outline numbers) mean nothing
                .andExpect(jsonPath("$.detail", containsString("A01 项目备案 → ")))
                .andExpect(jsonPath("$.detail", containsString("A11 施工许可证 → ")))
                .andExpect(jsonPath("$.detail", not(containsString("→ " + a11Uid + " "))));
        assertThat(plan(id)).isEqualTo(before);
    }

    @Test
    void theXlsxExportIsAWorkbook() throws Exception {
        long id = templatedWithLag();
        byte[] xlsx = export(id, "xlsx");
        assertThat(xlsx).startsWith('P', 'K');
    }

    private void calendarDay(long id, String date, boolean working, String name) throws Exception {
        mvc.perform(post("/projects/" + id + "/plan/calendar-days")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("date", date)
                        .param("working", Boolean.toString(working))
                        .param("name", name))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"calendar-day-" + date + "\"")))
                .andExpect(content().string(not(containsString("id=\"plan-error\""))));
    }

    private String page(long id) throws Exception {
        return mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theXlsxExportShowsEachTasksStartAndFinishVarianceAgainstTheBaselineInWorkingDays() throws Exception {
        long id = templatedWithLag();
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

    /** A minimal MS Project XML file with these tasks. */
    private static byte[] mspdi(String tasks) {
        return ("<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\">"
                        + "<StartDate>2027-03-01T08:00:00</StartDate><Tasks>" + tasks + "</Tasks></Project>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String uidOf(String xml, String key) {
        int wbs = xml.indexOf("<WBS>" + key + "</WBS>");
        int uid = xml.lastIndexOf("<UID>", wbs);
        return xml.substring(uid + 5, xml.indexOf("</UID>", uid));
    }

    private long templatedWithLag() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        mvc.perform(post("/projects/" + id + "/plan/rows/B02/predecessors")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("predecessors", "B01SS+20"))
                .andExpect(status().isOk());
        mvc.perform(post("/projects/" + id + "/plan/rows/A09/predecessors")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("predecessors", "A01FS-1"))
                .andExpect(status().isOk());
        return id;
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
                // a plain ASCII name for clients that do not read filename* (it was "download")
                .andExpect(header().string(
                                "Content-Disposition",
                                containsString("filename=\"plan-" + id + "." + (format.equals("mspdi") ? "xml" : format)
                                        + "\"")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private ResultActions importFile(long id, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/projects/" + id + "/plan/import")
                .file(new MockMultipartFile("file", "plan.bin", "application/octet-stream", content))
                .session(dispatch)
                .with(csrf()));
    }
}
