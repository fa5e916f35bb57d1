package cn.zhuanban.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.XlsxFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Batch registration of enterprises from the XLSX template: all rows or none, each bad row named with its reason, the
 * form's rules and audit records for every enterprise, and files that cannot be imported refused at the field.
 */
@IntegrationTest
class EnterpriseImportTests {

    static final List<String> HEADER = List.of("企业名称", "统一社会信用代码", "法定代表人", "行业代码", "地址", "联系人", "联系电话", "企业简介");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseManagement enterprises;

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

    private String upload(String username, byte[] xlsx) throws Exception {
        return mvc.perform(multipart("/enterprises/import")
                        .file(file("企业名录.xlsx", xlsx))
                        .session(WebTestSupport.login(mvc, username))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
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

    private long count() {
        return jdbc.sql("select count(*) from enterprise").query(Long.class).single();
    }
}
