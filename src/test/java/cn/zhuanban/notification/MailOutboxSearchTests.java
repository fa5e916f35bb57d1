package cn.zhuanban.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.notification.domain.MailOutboxStore;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The system administrator searches the mail outbox by recipient (never by subject, which is business content) and
 * exports what the search found, audited; no other duty or role exports it.
 */
@IntegrationTest
class MailOutboxSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MailOutboxStore outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOutboxIsSearchedByRecipientAndExportedAsFoundForTheSystemAdministratorOnly() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String wanted = "wanted-" + tag + "@example.gov.cn";
        String other = "other-" + tag + "@example.gov.cn";
        String subject = "【重点项目专班平台】停电投诉" + tag;
        outbox.record(wanted, subject, "正文", Instant.now());
        outbox.record(other, subject, "正文", Instant.now());
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");

        String page = html(admin, "/admin/notifications/mail-outbox?q=WANTED-" + tag);
        assertThat(page).contains("id=\"mail-search\"").contains(wanted).doesNotContain(other);
        assertThat(html(admin, "/admin/notifications/mail-outbox?q=停电投诉" + tag))
                .as("the subject is not searched")
                .doesNotContain(wanted);

        int a = page.indexOf("href=\"", page.indexOf("id=\"mail-export\"")) + 6;
        String export = HtmlUtils.htmlUnescape(page.substring(a, page.indexOf('"', a)));
        byte[] xlsx = mvc.perform(get(URI.create(export)).session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(wanted);
        }
        AuditTrail.awaitRecord(jdbc, "ledger.exported", "/admin/notifications/mail-outbox/export", null);

        for (String user : new String[] {"secadmin", "auditor", "dispatch"}) {
            mvc.perform(get("/admin/notifications/mail-outbox/export").session(WebTestSupport.login(mvc, user)))
                    .andExpect(status().isForbidden());
        }
    }

    private String html(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
