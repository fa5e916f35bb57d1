package cn.zhuanban.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.ImportJobsSupport;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.XlsxFiles;
import cn.zhuanban.ZipBombs;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.imports.ImportJobWorker;
import cn.zhuanban.imports.domain.ImportJobStore;
import cn.zhuanban.shared.files.StoredFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Batch registration of enterprises from the XLSX template: all rows or none, each bad row named with its reason, the
 * form's rules and audit records for every enterprise, and files that cannot be imported refused at the field.
 */
@IntegrationTest
class EnterpriseImportTests {

    static final String PATH = "/enterprises/import";

    static final List<String> HEADER = List.of("企业名称", "统一社会信用代码", "法定代表人", "行业代码", "地址", "联系人", "联系电话", "企业简介");

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportJobWorker worker;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    EnterpriseImport importer;

    @Autowired
    ImportJobStore store;

    @Autowired
    StoredFiles files;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @BeforeEach
    void emptyQueue() {
        // Each test's worker runs the jobs the test queued, not one left by another test.
        ImportJobsSupport.runJobs(worker);
    }

    @Test
    void aGoodFileRegistersEveryEnterpriseEachWithItsAuditRecord() throws Exception {
        String prefix = TestCodes.unique("导入企业");
        String early = TestCodes.withWrongCheckCharacter(TestCodes.creditCode());
        byte[] file = XlsxFiles.of(
                HEADER,
                row(prefix + "甲", TestCodes.creditCode(), "张三", "C2710", "示范路1号", "李四", 13800001111L, null),
                row(prefix + "乙", " " + TestCodes.creditCode().toLowerCase() + " ", null, null, null, null, null, null),
                row(prefix + "丙", early, null, null, null, null, "0371-6000000", "早期登记"));

        String page = upload("dispatch", file);

        assertThat(page).contains("id=\"import-ok\"", "已导入 3 家企业。", "id=\"import-warnings\"", "data-row=\"4\"");
        assertThat(page).doesNotContain("id=\"import-errors\"");
        List<Long> ids = ids(prefix);
        assertThat(ids).hasSize(3);
        assertThat(jdbc.sql("select contact_phone from enterprise where credit_code = :c")
                        .param("c", early)
                        .query(String.class)
                        .single())
                .isEqualTo("0371-6000000");
        for (long id : ids) {
            AuditTrail.awaitRecord(jdbc, "enterprise.registered", Long.toString(id), null);
        }
        AuditTrail.awaitRecord(jdbc, "enterprise.imported", "企业名录.xlsx", "3 rows; file: 企业名录.xlsx");
    }

    @Test
    void oneBadRowKeepsEveryRowOutAndThePageNamesTheRowAndTheReason() throws Exception {
        String prefix = TestCodes.unique("坏行企业");
        byte[] file = XlsxFiles.of(
                HEADER,
                row(prefix + "甲", TestCodes.creditCode(), null, null, null, null, null, null),
                row(prefix + "乙", TestCodes.creditCode(), null, "27-10", null, null, "电话", null),
                row("", "91410100ABC", null, null, null, null, null, null));

        String page = upload("dispatch", file);

        assertThat(page)
                .contains("id=\"import-errors\"", "未导入：3 行中有 4 处问题")
                .contains("data-row=\"3\"", "行业代码格式为门类字母加最多 4 位数字", "手机号格式不正确")
                .contains("data-row=\"4\"", "必填项", "统一社会信用代码应为 18 位")
                .doesNotContain("data-row=\"2\"", "id=\"import-ok\"");
        assertThat(ids(prefix)).isEmpty();
    }

    @Test
    void aCreditCodeTwiceInTheFileOrAlreadyInTheDirectoryIsABadRow() throws Exception {
        String prefix = TestCodes.unique("重复企业");
        String twice = TestCodes.creditCode();
        String registered = TestCodes.creditCode();
        enterprises.register(
                new EnterpriseForm(TestCodes.unique("已有企业"), registered, null, null, null, null, null, null, 0));
        byte[] file = XlsxFiles.of(
                HEADER,
                row(prefix + "甲", twice, null, null, null, null, null, null),
                row(prefix + "乙", twice, null, null, null, null, null, null),
                row(prefix + "丙", registered, null, null, null, null, null, null));

        String page = upload("dispatch", file);

        assertThat(page)
                .contains("data-row=\"3\"", "与第 2 行重复。")
                .contains("data-row=\"4\"", "统一社会信用代码 " + registered + " 已在企业名录中")
                .doesNotContain("data-row=\"2\"");
        assertThat(ids(prefix)).isEmpty();
    }

    @Test
    void aFileThatIsNoTemplateIsRefusedAtTheFieldAndChangesNothing() throws Exception {
        long before = count();
        assertRefused("企业名录.csv", "名称,代码\n甲,1".getBytes(StandardCharsets.UTF_8), "不是可以读取的 XLSX 文件");
        assertRefused("企业名录.xlsx", new byte[0], "文件是空的");
        assertRefused("企业名录.xlsx", new byte[6 * 1024 * 1024], "文件超过 5 MB");
        assertRefused("企业名录.xlsx", XlsxFiles.of(HEADER), "文件中只有表头");
        String cell = "<c t=\"inlineStr\"><is><t>x</t></is></c>";
        assertRefused("企业名录.xlsx", XlsxFiles.sheetXml(cell.repeat(20), 80_000), "文件解压后的内容超过 50 MB");
        // 2 GiB of zeros in front of the template: counted up to the limit, not unpacked to tell the type first.
        assertRefused(
                "企业名录.xlsx",
                ZipBombs.before(XlsxFiles.of(HEADER, row("甲", TestCodes.creditCode())), 2),
                "文件解压后的内容超过 50 MB");
        List<String> swapped = List.of("企业名称", "统一社会信用代码", "联系人", "行业代码");
        assertRefused(
                "企业名录.xlsx",
                XlsxFiles.of(swapped, row("甲", TestCodes.creditCode(), null, null, null, null, null, null)),
                "第 3 列应为“法定代表人”");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyWhoMayImportSeesTheButtonAndReachesThePages() throws Exception {
        assertThat(WebTestSupport.page(mvc, "dispatch", "/enterprises")).contains("href=\"/enterprises/import\"");
        assertThat(WebTestSupport.page(mvc, "leader", "/enterprises")).doesNotContain("/enterprises/import");
        MockHttpSession leader = WebTestSupport.login(mvc, "leader");
        mvc.perform(get("/enterprises/import").session(leader)).andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/import/template").session(leader)).andExpect(status().isForbidden());
        mvc.perform(multipart("/enterprises/import")
                        .file(file("x.xlsx", XlsxFiles.of(HEADER)))
                        .session(leader)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTemplateOpensWithTheFormsColumnsAndNoRow() throws Exception {
        byte[] body = mvc.perform(get("/enterprises/import/template").session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
            }
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
        AuditTrail.awaitRecord(jdbc, "ledger.exported", "/enterprises/import/template", null);
    }

    @Test
    void theJobShowsTheRowsDoneWhileItRunsAndBelongsToTheEnterprisePageOnly() throws Exception {
        String prefix = TestCodes.unique("进度企业");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            rows.add(row(prefix + i, TestCodes.creditCode(), null, null, null, null, null, null));
        }
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String name = prefix + ".xlsx";
        long job = ImportJobsSupport.upload(mvc, dispatch, PATH, name, XlsxFiles.of(HEADER, rows.toArray(List[]::new)));
        assertThat(ImportJobsSupport.jobPage(mvc, dispatch, PATH, job, true))
                .contains("data-status=\"QUEUED\"", "正在导入：0 / 250 行（0%）", "hx-trigger=\"every 1s\"");

        List<String> whileRunning = new CopyOnWriteArrayList<>();
        ImportJobWorker observed = worker(rowsDone -> whileRunning.add(
                ImportJobsSupport.elsewhere(() -> ImportJobsSupport.jobPage(mvc, dispatch, PATH, job, true))));
        assertThat(observed.runNext()).isTrue();

        assertThat(whileRunning).hasSize(3);
        assertThat(whileRunning.getFirst()).contains("data-status=\"RUNNING\"", "<progress", "正在导入：100 / 250 行（40%）");
        assertThat(ImportJobsSupport.jobPage(mvc, dispatch, PATH, job, false))
                .contains("data-status=\"DONE\"", "已导入 250 家企业。", "data-import=\"" + job + "\"")
                .doesNotContain("<progress");
        assertThat(ids(prefix)).hasSize(250);
        AuditTrail.awaitRecord(jdbc, "enterprise.imported", name, "250 rows; file: " + name);
        assertThat(jdbc.sql("select actor from audit_record where action = 'enterprise.imported' and entity_id = :f")
                        .param("f", name)
                        .query(String.class)
                        .single())
                .as("audited in the requester's name, though run in the background")
                .isEqualTo("dispatch");
        mvc.perform(get("/projects/import/jobs/" + job).session(dispatch)).andExpect(status().isNotFound());
        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/import"))
                .doesNotContain("data-import=\"" + job + "\"");
    }

    @Test
    void anExportedDirectoryImportsAsItIs() throws Exception {
        String prefix = TestCodes.unique("往返企业");
        String wrongCheck = TestCodes.withWrongCheckCharacter(TestCodes.creditCode());
        List<EnterpriseForm> forms = List.of(
                new EnterpriseForm(
                        prefix + "甲",
                        TestCodes.creditCode(),
                        "张三",
                        "C2710",
                        "示范路1号",
                        "李四",
                        "0371-6000000",
                        "生产车间，\n两条产线",
                        0),
                new EnterpriseForm(prefix + "乙", wrongCheck, null, null, null, null, "13800001111", null, 0));
        forms.forEach(enterprises::register);
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        byte[] exported = mvc.perform(
                        get("/enterprises/export").param("q", prefix).session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // The originals step aside (another code, another name), so that the file adds the same enterprises again.
        for (EnterpriseForm form : forms) {
            jdbc.sql("update enterprise set credit_code = :other, name = :renamed where credit_code = :code")
                    .param("other", TestCodes.creditCode())
                    .param("renamed", "旧" + form.name())
                    .param("code", form.creditCode())
                    .update();
        }

        assertThat(ImportJobsSupport.importAndShow(mvc, worker, dispatch, PATH, "企业名录.xlsx", exported))
                .contains("已导入 2 家企业。", "id=\"import-warnings\"");

        for (EnterpriseForm form : forms) {
            long id = enterprises
                    .byCreditCodes(List.of(form.creditCode()), dispatch())
                    .get(form.creditCode())
                    .id();
            EnterpriseView again = enterprises.find(id, dispatch());
            assertThat(new EnterpriseForm(
                            again.name(),
                            again.creditCode(),
                            again.legalRepresentative(),
                            again.industryCode(),
                            again.address(),
                            again.contactName(),
                            again.contactPhone(),
                            again.description(),
                            0))
                    .isEqualTo(form);
        }
    }

    /** A worker of its own node whose import also calls {@code whileRunning} each time it reports rows done. */
    private ImportJobWorker worker(IntConsumer whileRunning) {
        return ImportJobsSupport.observedWorker(importer, whileRunning, store, files, transactions, clock);
    }

    private String upload(String username, byte[] xlsx) throws Exception {
        return ImportJobsSupport.importAndShow(
                mvc, worker, WebTestSupport.login(mvc, username), "/enterprises/import", "企业名录.xlsx", xlsx);
    }

    private void assertRefused(String name, byte[] content, String message) throws Exception {
        String page = mvc.perform(multipart("/enterprises/import")
                        .file(file(name, content))
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("invalid-feedback", message)
                .doesNotContain("id=\"import-ok\"", "id=\"import-errors\"");
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private List<Long> ids(String namePrefix) {
        return jdbc.sql("select id from enterprise where name like :p order by id")
                .param("p", namePrefix + "%")
                .query(Long.class)
                .list();
    }

    private static CurrentUser dispatch() {
        return new CurrentUser(0, "dispatch", "赵敏", null, null, DataScope.ALL, Set.of(), Set.copyOf(Permissions.ALL));
    }

    private long count() {
        return jdbc.sql("select count(*) from enterprise").query(Long.class).single();
    }
}
