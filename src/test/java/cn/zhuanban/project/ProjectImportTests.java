package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.ImportJobsSupport;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.XlsxFiles;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.imports.ImportJobWorker;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Batch registration of key projects from the XLSX template: enterprises by credit code and lead officials by user
 * name or name, the project form's rules, all rows or none, audit records, and the importer's data scope.
 */
@IntegrationTest
class ProjectImportTests {

    static final List<String> HEADER = List.of(
            "项目名称",
            "项目代码",
            "建设单位统一社会信用代码",
            "项目级别",
            "项目阶段",
            "总投资（万元）",
            "开工日期",
            "计划完成日期",
            "分包领导（用户名或姓名）",
            "建设地点",
            "建设内容");

    static final String PATH = "/projects/import";

    static final List<String> HEADER_WITH_TASK_FORCE =
            Stream.concat(HEADER.stream(), Stream.of("服务专班（名称）")).toList();

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportJobWorker worker;

    @Autowired
    JdbcClient jdbc;

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

    @BeforeEach
    void emptyQueue() {
        // Each test's worker runs the jobs the test queued, not one left by another test.
        ImportJobsSupport.runJobs(worker);
    }

    @Test
    void aGoodFileRegistersEveryProjectWithItsEnterpriseAndLeadOfficialAndAuditsEach() throws Exception {
        String prefix = TestCodes.unique("导入项目");
        String creditCode = TestCodes.creditCode();
        long enterprise = enterprise(creditCode);
        long lead = directory.findByUsername("lead").orElseThrow().id();
        String code = TestCodes.projectCode();
        byte[] file = XlsxFiles.of(
                HEADER,
                row(
                        prefix + "甲",
                        code,
                        creditCode,
                        "省重点",
                        "在建",
                        12000.5,
                        LocalDate.of(2026, 3, 1),
                        "2027/6/30",
                        "lead",
                        "示范区",
                        "厂房"),
                row(
                        prefix + "乙",
                        null,
                        creditCode.toLowerCase(),
                        "区重点",
                        "储备",
                        "1,200",
                        "2026-04-01",
                        LocalDate.of(2028, 1, 1),
                        "侯明远",
                        null,
                        null),
                row(prefix + "丙", null, creditCode, "DISTRICT", "前期", 0, "2026.5.1", "2026年5月1日", null, null, null));

        String page = upload("dispatch", file);

        assertThat(page).contains("id=\"import-ok\"", "已导入 3 个项目。").doesNotContain("id=\"import-errors\"");
        Map<String, Long> ids = ids(prefix);
        assertThat(ids).hasSize(3);
        ProjectView first = projectReads.find(ids.get(prefix + "甲"), dispatch());
        assertThat(first.enterpriseId()).isEqualTo(enterprise);
        assertThat(first.projectCode()).isEqualTo(code);
        assertThat(first.level()).isEqualTo(ProjectLevel.PROVINCIAL);
        assertThat(first.stage()).isEqualTo(ProjectStage.UNDER_CONSTRUCTION);
        assertThat(first.totalInvestment()).isEqualByComparingTo("12000.5");
        assertThat(first.targetFinish()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(first.leadOfficialId()).isEqualTo(lead);
        ProjectView second = projectReads.find(ids.get(prefix + "乙"), dispatch());
        assertThat(second.leadOfficialId()).as("found by name").isEqualTo(lead);
        assertThat(second.totalInvestment()).isEqualByComparingTo(new BigDecimal("1200"));
        ProjectView third = projectReads.find(ids.get(prefix + "丙"), dispatch());
        assertThat(third.level()).isEqualTo(ProjectLevel.DISTRICT);
        assertThat(third.leadOfficialId()).isNull();
        for (long id : ids.values()) {
            AuditTrail.awaitRecord(jdbc, "project.registered", Long.toString(id), null);
        }
        AuditTrail.awaitRecord(jdbc, "project.imported", "项目台账.xlsx", "3 rows; file: 项目台账.xlsx");
    }

    @Test
    void anUnknownEnterpriseOrLeadOfficialAndEveryOtherBadCellIsNamedAndNothingIsSaved() throws Exception {
        String prefix = TestCodes.unique("坏行项目");
        String creditCode = TestCodes.creditCode();
        enterprise(creditCode);
        String taken = TestCodes.projectCode();
        enterprise(TestCodes.creditCode());
        byte[] file = XlsxFiles.of(
                HEADER,
                row(prefix + "甲", null, creditCode, "市重点", "在建", 100, "2026-01-01", "2027-01-01", "lead"),
                row(prefix + "乙", null, TestCodes.creditCode(), "市重点", "在建", 100, "2026-01-01", "2027-01-01", "nobody"),
                row(prefix + "丙", "2026-1", creditCode, "国家级", "开工", "很多", "明年", "2025-01-01"),
                row(prefix + "丁", null, creditCode, "市重点", "在建", -5, "2026-03-01", "2026-02-01"),
                row(null, taken, creditCode, "市重点", "在建", 1, "2026-03-01", "2026-04-01"),
                row(prefix + "戊", taken, creditCode, "市重点", "在建", 1, "2026-03-01", "2026-04-01"));

        String page = upload("dispatch", file);

        assertThat(page)
                .contains("id=\"import-errors\"")
                .contains("data-row=\"3\"", "企业名录中没有统一社会信用代码为", "没有用户名或姓名为“nobody”的分包领导")
                .contains("data-row=\"4\"", "项目代码格式应为", "“国家级”不是项目级别：请填省重点、市重点或区重点。")
                .contains("“开工”不是项目阶段", "“很多”不是数字。", "“明年”不是日期")
                .contains("data-row=\"5\"", "不能为负数", "计划完成日期不能早于开工日期。")
                .contains("data-row=\"6\"", "必填项")
                .contains("data-row=\"7\"", "与第 6 行重复。")
                .doesNotContain("data-row=\"2\"", "id=\"import-ok\"");
        assertThat(ids(prefix)).isEmpty();

        projects.create(form(
                TestCodes.unique("已登记项目"),
                taken,
                enterprises
                        .byCreditCodes(List.of(creditCode), dispatch())
                        .get(creditCode)
                        .id()));
        assertThat(upload(
                        "dispatch",
                        XlsxFiles.of(
                                HEADER,
                                row(prefix + "己", taken, creditCode, "市重点", "在建", 1, "2026-03-01", "2026-04-01"))))
                .contains("data-row=\"2\"", "项目代码 " + taken + " 已登记。");
    }

    @Test
    void aFileUploadedTwiceRegistersItsProjectsOnceEvenWithoutCodes() throws Exception {
        String creditCode = TestCodes.creditCode();
        enterprise(creditCode);
        String name = TestCodes.unique("无代码项目");
        List<Object> project = row(name, null, creditCode, "区重点", "储备", 10, "2026-03-01", "2027-03-01");

        assertThat(upload("dispatch", XlsxFiles.of(HEADER, project, project))).contains("data-row=\"3\"", "与第 2 行重复。");
        assertThat(upload("dispatch", XlsxFiles.of(HEADER, project))).contains("已导入 1 个项目。");
        assertThat(upload("dispatch", XlsxFiles.of(HEADER, project)))
                .contains("data-row=\"2\"", "该建设单位已有名为“" + name + "”的项目");
        assertThat(ids(name)).hasSize(1);
    }

    @Test
    void aLeadOfficialImportsOnlyProjectsHeLeadsAndOneOutsideKeepsAllOut() throws Exception {
        String creditCode = TestCodes.creditCode();
        enterprise(creditCode);
        String importer = user(DataScope.LED_PROJECTS, null, BuiltinRoles.LEAD_OFFICIAL);
        String prefix = TestCodes.unique("范围项目");
        List<Object> own = row(prefix + "甲", null, creditCode, "区重点", "在建", 10, "2026-03-01", "2027-03-01", importer);
        List<Object> foreign = row(prefix + "乙", null, creditCode, "区重点", "在建", 10, "2026-03-01", "2027-03-01", "lead");

        assertThat(upload(importer, XlsxFiles.of(HEADER, own, foreign)))
                .contains("data-row=\"3\"", "导入后该项目不在您的数据范围内")
                .doesNotContain("data-row=\"2\"", "id=\"import-ok\"");
        assertThat(ids(prefix)).isEmpty();

        assertThat(upload(importer, XlsxFiles.of(HEADER, own))).contains("已导入 1 个项目。");
        assertThat(ids(prefix)).containsOnlyKeys(prefix + "甲");
    }

    @Test
    void anEnterpriseContactFindsOnlyTheirOwnEnterprise() throws Exception {
        String ownCode = TestCodes.creditCode();
        long own = enterprise(ownCode);
        String foreignCode = TestCodes.creditCode();
        enterprise(foreignCode);
        // Importing is refused to an enterprise's account now; one granted before still meets the scope.
        String importer = new CustomRoleAccounts(roles, identity, directory)
                .createBeforeEnterpriseRule(jdbc, own, Set.of(Permissions.PROJECT_IMPORT, Permissions.PROJECT_VIEW));
        String prefix = TestCodes.unique("企业范围项目");

        assertThat(upload(
                        importer,
                        XlsxFiles.of(
                                HEADER,
                                row(prefix + "甲", null, ownCode, "区重点", "储备", 10, "2026-03-01", "2027-03-01"),
                                row(prefix + "乙", null, foreignCode, "区重点", "储备", 10, "2026-03-01", "2027-03-01"))))
                .contains("data-row=\"3\"", "企业名录中没有统一社会信用代码为 " + foreignCode)
                .doesNotContain("data-row=\"2\"");
        assertThat(ids(prefix)).isEmpty();
    }

    @Test
    void onlyWhoMayImportReachesThePagesAndTheTemplateOffersTheFormsChoices() throws Exception {
        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects")).contains("href=\"/projects/import\"");
        assertThat(WebTestSupport.page(mvc, "lead", "/projects")).doesNotContain("/projects/import");
        var lead = WebTestSupport.login(mvc, "lead");
        mvc.perform(get("/projects/import").session(lead)).andExpect(status().isForbidden());
        mvc.perform(get("/projects/import/template").session(lead)).andExpect(status().isForbidden());
        mvc.perform(multipart("/projects/import")
                        .file(file(XlsxFiles.of(HEADER)))
                        .session(lead)
                        .with(csrf()))
                .andExpect(status().isForbidden());

        byte[] body = mvc.perform(get("/projects/import/template").session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
            }
            assertThat(sheet.getDataValidations())
                    .extracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .containsExactlyInAnyOrder(List.of("省重点", "市重点", "区重点"), List.of("储备", "前期", "在建", "竣工", "投产"));
        }
        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/import"))
                .contains("id=\"import-form\"", "/projects/import/template");
    }

    @Test
    void aTaskForceMemberImportsProjectsIntoHisOwnTaskForceNamedInItsColumn() throws Exception {
        String creditCode = TestCodes.creditCode();
        enterprise(creditCode);
        String importer = user(DataScope.TASK_FORCE, null);
        long own = taskForces.create(new TaskForceForm(
                TestCodes.unique("导入专班"),
                null,
                null,
                Set.of(directory.findByUsername(importer).orElseThrow().id()),
                Set.of(),
                null));
        String ownName = taskForces.find(own, dispatch()).name();
        String foreignName = TestCodes.unique("别人的专班");
        taskForces.create(new TaskForceForm(foreignName, null, null, Set.of(), Set.of(), null));
        String prefix = TestCodes.unique("专班项目");

        String refused = upload(
                importer,
                XlsxFiles.of(
                        HEADER_WITH_TASK_FORCE,
                        projectIn(prefix + "甲", creditCode, ownName),
                        projectIn(prefix + "乙", creditCode, foreignName),
                        projectIn(prefix + "丙", creditCode, "没有这个专班")));

        assertThat(refused)
                .contains("data-row=\"3\"", "服务专班“" + foreignName + "”不在您的数据范围内")
                .contains("data-row=\"4\"", "没有名为“没有这个专班”的服务专班")
                .doesNotContain("data-row=\"2\"", "id=\"import-ok\"");
        assertThat(upload(
                        importer,
                        XlsxFiles.of(
                                HEADER_WITH_TASK_FORCE,
                                projectIn(prefix + "甲", creditCode, ownName),
                                projectIn(prefix + "丁", creditCode, null))))
                .as("without a task force the project would be out of his sight")
                .contains("data-row=\"3\"", "导入后该项目不在您的数据范围内")
                .doesNotContain("data-row=\"2\"");
        assertThat(ids(prefix)).isEmpty();

        assertThat(upload(
                        importer,
                        XlsxFiles.of(HEADER_WITH_TASK_FORCE, projectIn(prefix + "甲", creditCode, " " + ownName))))
                .contains("已导入 1 个项目。");
        assertThat(projectReads.find(ids(prefix).get(prefix + "甲"), dispatch()).taskForceId())
                .isEqualTo(own);
    }

    @Test
    void anExportedLedgerImportsAsItIs() throws Exception {
        String prefix = TestCodes.unique("往返项目");
        long enterprise = enterprise(TestCodes.creditCode());
        // two lead officials of one name: the export names this one by his user name, which the import reads
        String sharedName = TestCodes.unique("同名领导");
        long lead = leadOfficial(sharedName);
        leadOfficial(sharedName);
        String taskForceName = TestCodes.unique("往返专班");
        long taskForce = taskForces.create(new TaskForceForm(taskForceName, null, null, Set.of(), Set.of(), null));
        List<ProjectForm> forms = List.of(
                new ProjectForm(
                        prefix + "甲",
                        TestCodes.projectCode(),
                        enterprise,
                        ProjectLevel.PROVINCIAL,
                        ProjectStage.UNDER_CONSTRUCTION,
                        new BigDecimal("12000.50"),
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2027, 6, 30),
                        lead,
                        taskForce,
                        "示范区",
                        "厂房，仓库",
                        null),
                new ProjectForm(
                        prefix + "乙",
                        null,
                        enterprise,
                        ProjectLevel.DISTRICT,
                        ProjectStage.PLANNED,
                        BigDecimal.ZERO,
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 1),
                        null,
                        null,
                        null,
                        null,
                        null));
        List<Long> originals = forms.stream().map(projects::create).toList();
        var session = WebTestSupport.login(mvc, "dispatch");
        byte[] exported = mvc.perform(get("/projects/export").param("q", prefix).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // The originals step aside (another name, no code), so that the file registers the same projects again.
        jdbc.sql("update project set name = 'old-' || name, project_code = null where id in (:ids)")
                .param("ids", originals)
                .update();

        assertThat(ImportJobsSupport.importAndShow(mvc, worker, session, PATH, "项目台账.xlsx", exported))
                .contains("已导入 2 个项目。");

        Map<String, Long> again = ids(prefix);
        assertThat(again).hasSize(2);
        for (ProjectForm form : forms) {
            ProjectView view = projectReads.find(again.get(form.name()), dispatch());
            assertThat(ProjectForm.of(view))
                    .usingRecursiveComparison()
                    .ignoringFields("version")
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(form);
        }
    }

    private static List<Object> projectIn(String name, String creditCode, String taskForce) {
        return row(name, null, creditCode, "区重点", "在建", 10, "2026-03-01", "2027-03-01", null, null, null, taskForce);
    }

    private String upload(String username, byte[] xlsx) throws Exception {
        return ImportJobsSupport.importAndShow(
                mvc, worker, WebTestSupport.login(mvc, username), "/projects/import", "项目台账.xlsx", xlsx);
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "项目台账.xlsx", "application/octet-stream", content);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private long enterprise(String creditCode) {
        return enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("导入项目企业"), creditCode, null, null, null, null, null, null, 0))
                .id();
    }

    private static ProjectForm form(String name, String code, long enterprise) {
        return new ProjectForm(
                name,
                code,
                enterprise,
                ProjectLevel.DISTRICT,
                ProjectStage.PLANNED,
                BigDecimal.ONE,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1),
                null,
                null,
                null,
                null,
                0);
    }

    private Map<String, Long> ids(String namePrefix) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select name, id from project where name like :p")
                .param("p", namePrefix + "%")
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
                .list();
        return ids;
    }

    private static CurrentUser dispatch() {
        return new CurrentUser(0, "dispatch", "赵敏", null, null, DataScope.ALL, Set.of(), Set.copyOf(Permissions.ALL));
    }

    /** A fresh lead official (the built-in role) of this full name. */
    private long leadOfficial(String fullName) {
        long id = identity.createUser(new NewUser(
                TestCodes.unique("lead-").toLowerCase(Locale.ROOT),
                fullName,
                null,
                null,
                null,
                null,
                WebTestSupport.DEMO_PASSWORD));
        identity.grant(
                id,
                new Grant(
                        Set.of(BuiltinRoles.LEAD_OFFICIAL),
                        DataScope.LED_PROJECTS,
                        directory.user(id).version()));
        return id;
    }

    /** A fresh account that may import projects (and see them) in {@code scope}, with the demo password. */
    private String user(DataScope scope, Long enterpriseId, String... moreRoles) {
        return new CustomRoleAccounts(roles, identity, directory)
                .create(
                        scope,
                        enterpriseId,
                        Set.of(Permissions.PROJECT_IMPORT, Permissions.PROJECT_VIEW),
                        Set.of(moreRoles));
    }
}
