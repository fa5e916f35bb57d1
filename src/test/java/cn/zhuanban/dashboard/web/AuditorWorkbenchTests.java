package cn.zhuanban.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.audit.AuditCategory;
import cn.zhuanban.audit.AuditManagement;
import cn.zhuanban.audit.AuditManagement.AuditFilter;
import cn.zhuanban.audit.AuditRecordView;
import cn.zhuanban.shared.PageQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit administrator's workbench counts today's refused requests, failed logins, administrator changes and
 * exports, each opening the log filtered to today and that category, and says how the last check of the chain ended
 * ("今日审计记录 784", a number that opened nothing, was all it showed).
 */
@IntegrationTest
class AuditorWorkbenchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditManagement audit;

    @Autowired
    Clock clock;

    @Test
    void eachCategoryOfTodayOpensTheLogFilteredToIt() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String workbench = WebTestSupport.page(mvc, "auditor", "/");

        for (AuditCategory category : AuditCategory.values()) {
            assertThat(workbench)
                    .contains("href=\"/audit?category=" + category + "&amp;from=" + today + "&amp;to=" + today + "\"");
        }
        assertThat(workbench).contains("href=\"/audit/verify\"");
        // the security administrator reads no audit log
        assertThat(WebTestSupport.page(mvc, "secadmin", "/")).doesNotContain("/audit?category=");
    }

    @Test
    void theFailedLoginsCategoryHoldsAFailedLoginAndNoSuccessfulOne() throws Exception {
        Instant start = clock.instant().minusSeconds(1);
        String stranger = TestCodes.unique("nobody").toLowerCase(Locale.ROOT);
        mvc.perform(post("/login")
                .param("username", stranger)
                .param("password", "wrong")
                .with(csrf()));
        WebTestSupport.login(mvc, "dispatch");
        AuditFilter failed = AuditFilter.since(AuditCategory.LOGIN_FAILED, start);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> audit.search(failed, new PageQuery(0, 200)).content().stream()
                        .anyMatch(r -> stranger.equals(r.actor())));

        assertThat(audit.search(failed, new PageQuery(0, 200)).content())
                .extracting(AuditRecordView::action)
                .isSubsetOf(AuditCategory.LOGIN_FAILED.actions());
        LocalDate today = LocalDate.now(clock);
        String page = WebTestSupport.page(
                mvc, "auditor", "/audit?category=LOGIN_FAILED&from=" + today + "&to=" + today + "&actor=" + stranger);
        assertThat(page).contains(stranger);
        String none = WebTestSupport.page(
                mvc, "auditor", "/audit?category=ACCESS_REFUSED&from=" + today + "&to=" + today + "&actor=" + stranger);
        assertThat(none).doesNotContain(">" + stranger + "<");
    }
}
