package cn.zhuanban.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.notification.domain.DeliveryOutbox;
import cn.zhuanban.notification.domain.MailOutboxStore;
import cn.zhuanban.notification.domain.NewDelivery;
import cn.zhuanban.shared.files.XlsxRow;
import cn.zhuanban.shared.files.XlsxSheet;
import cn.zhuanban.shared.web.Downloads;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The system administrator's side: robots (secrets never shown back), the delivery log, heads. */
@IntegrationTest
class NotificationAdminPagesTests {

    static final String SECRET = "SECd3adb33fc0ffee0123456789abcdef7788";
    static final String TOKEN = "a1b2c3d4e5f6a7b8c9d0";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRobotSecretIsStoredButNeverShownBackInFull() throws Exception {
        long department = new NotificationFixtures(context).department();
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        mvc.perform(post("/admin/notifications/robots/{id}", department)
                        .session(admin)
                        .with(csrf())
                        .param("dingtalkUrl", "https://oapi.dingtalk.com/robot/send?access_token=" + TOKEN)
                        .param("dingtalkSecret", SECRET)
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/notifications/robots"));
        // Saving again with the secret left blank keeps it.
        mvc.perform(post("/admin/notifications/robots/{id}", department)
                        .session(admin)
                        .with(csrf())
                        .param("wecomUrl", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
                        .param("version", "1"))
                .andExpect(redirectedUrl("/admin/notifications/robots"));

        String list = html(
                admin,
                "/admin/notifications/robots?q="
                        + departments.find(department).orElseThrow().code());
        String form = html(admin, "/admin/notifications/robots/" + department + "/edit");
        assertThat(list).contains("****7788").doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(form).doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(jdbc.sql("select dingtalk_secret from department_robot where department_id = :d")
                        .param("d", department)
                        .query(String.class)
                        .single())
                .isEqualTo(SECRET);
    }

    @Test
    void theRobotsAreSearchedByDepartmentPagedAndExportedMaskedAsShown() throws Exception {
        long department = new NotificationFixtures(context).department();
        String name = departments.find(department).orElseThrow().name();
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        mvc.perform(post("/admin/notifications/robots/{id}", department)
                        .session(admin)
                        .with(csrf())
                        .param("dingtalkUrl", "https://oapi.dingtalk.com/robot/send?access_token=" + TOKEN)
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/notifications/robots"));

        String found = html(admin, "/admin/notifications/robots?q=" + name);
        assertThat(found.split("/edit\"").length - 1).isEqualTo(1);
        assertThat(found).contains(name).contains("/admin/notifications/robots/export?q=");
        assertThat(html(admin, "/admin/notifications/robots?size=20").split("/edit\"").length - 1)
                .isLessThanOrEqualTo(20);
        assertThat(html(admin, "/admin/notifications/robots?q=" + name + "无此部门"))
                .doesNotContain("/admin/notifications/robots/" + department + "/edit");

        byte[] xlsx = mvc.perform(get("/admin/notifications/robots/export")
                        .param("q", name)
                        .session(admin))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Downloads.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(name);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue())
                    .isNotBlank()
                    .doesNotContain(TOKEN);
        }
        AuditTrail.awaitRecord(jdbc, "ledger.exported", "/admin/notifications/robots/export", null);
        mvc.perform(get("/admin/notifications/robots/export").session(WebTestSupport.login(mvc, "handler")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDeliveryLogIsForAdministratorsAndExportsToExcel() throws Exception {
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        mvc.perform(get("/admin/notifications/deliveries")
                        .param("status", "FAILED")
                        .session(admin))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/notifications/deliveries/export")
                        .param("channel", "EMAIL")
                        .session(admin))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Downloads.XLSX));
        mvc.perform(get("/admin/notifications/mail-outbox").session(admin)).andExpect(status().isOk());

        MockHttpSession handler = WebTestSupport.login(mvc, "handler");
        mvc.perform(get("/admin/notifications/deliveries").session(handler)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/notifications/robots").session(handler)).andExpect(status().isForbidden());
        mvc.perform(get("/account/notifications").session(handler)).andExpect(status().isOk());
    }

    @Test
    void theSystemAdministratorSeesToWhomAndWhatKindOfNoticeButNotItsBusinessContent() throws Exception {
        String complaint = "不满意：专班" + System.nanoTime() + "三次上门都没解决用电问题";
        long user = jdbc.sql("select id from app_user where username = 'handler'")
                .query(Long.class)
                .single();
        String address = "handler-" + System.nanoTime() + "@example.gov.cn";
        context.getBean(DeliveryOutbox.class)
                .enqueue(
                        new NewDelivery(
                                "service-dissatisfied:" + System.nanoTime() + ":1:" + user + ":EMAIL",
                                user,
                                null,
                                Channel.EMAIL,
                                address,
                                "【重点项目专班平台】" + complaint,
                                complaint),
                        Instant.now());
        context.getBean(MailOutboxStore.class).record(address, "【重点项目专班平台】" + complaint, complaint, Instant.now());
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");

        assertThat(html(admin, "/admin/notifications/deliveries"))
                .contains(address, "服务评价")
                .doesNotContain(complaint);
        assertThat(html(admin, "/admin/notifications/mail-outbox"))
                .contains(address)
                .doesNotContain(complaint);
        assertThat(html(admin, "/admin/notifications/deliveries?q=" + complaint.substring(0, 12)))
                .as("the content cannot be searched for either")
                .doesNotContain(address);
        byte[] export = mvc.perform(
                        get("/admin/notifications/deliveries/export").session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<XlsxRow> rows = XlsxSheet.read(export, 10L * 1024 * 1024, 5000).rows();
        XlsxRow row =
                rows.stream().filter(r -> r.text(3).equals(address)).findFirst().orElseThrow();
        assertThat(row.text(4)).isEqualTo("服务评价");
        assertThat(rows).allSatisfy(r -> {
            for (int c = 0; c < 12; c++) {
                assertThat(r.text(c)).doesNotContain(complaint);
            }
        });
    }

    @Test
    void theHeadIsChosenAmongTheDepartmentsOwnUsers() throws Exception {
        NotificationFixtures fixtures = new NotificationFixtures(context);
        long department = fixtures.department();
        long member = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, department);
        long outsider = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, null);
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");

        assertThat(save(admin, department, outsider)).contains("部门负责人须是本部门的用户");
        save(admin, department, member);

        assertThat(departments.find(department).map(DepartmentView::headUserId)).contains(member);
        assertThat(html(admin, "/admin/departments/" + department + "/edit")).contains("id=\"headUserId\"");
    }

    private String save(MockHttpSession admin, long department, long head) throws Exception {
        DepartmentView d = departments.find(department).orElseThrow();
        return mvc.perform(post("/admin/departments/{id}", department)
                        .session(admin)
                        .with(csrf())
                        .param("name", d.name())
                        .param("code", d.code())
                        .param("sortOrder", "1")
                        .param("version", Integer.toString(d.version()))
                        .param("headUserId", Long.toString(head)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String html(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
