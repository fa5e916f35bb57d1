package cn.zhuanban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.audit.AuditManagement.AuditFilter;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.PageQuery;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The log names its user by login name, the auditor knows people by name: the user filter finds a user's records by
 * his full name (or part of it) as well as by his login name, and the page and its file say the same.
 */
@IntegrationTest
class AuditActorNameTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditManagement audit;

    @Autowired
    UserDirectory directory;

    @Test
    void theUserFilterFindsAUsersRecordsByHisFullNameAsByHisLoginName() throws Exception {
        String fullName = directory.findByUsername("dispatch").orElseThrow().fullName();
        WebTestSupport.login(mvc, "dispatch");
        await().atMost(Duration.ofSeconds(10)).until(() -> logins(fullName) > 0);

        assertThat(logins(fullName)).isEqualTo(logins("dispatch"));
        assertThat(logins(fullName.substring(1))).isGreaterThanOrEqualTo(logins("dispatch"));
        assertThat(audit.search(filter(fullName), new PageQuery(0, 50)).content())
                .extracting(AuditRecordView::actor)
                .contains("dispatch")
                .isSubsetOf(directory.usernamesNamed(fullName, 200));
        assertThat(logins("%")).isZero();
        assertThat(logins("没有这个人")).isZero();

        String page = WebTestSupport.page(mvc, "auditor", "/audit?action=login.succeeded&actor=" + fullName);
        assertThat(page).contains(">dispatch<");
    }

    private long logins(String actor) {
        return audit.search(filter(actor), new PageQuery(0, 1)).totalElements();
    }

    private static AuditFilter filter(String actor) {
        return new AuditFilter(actor, null, null, "login.succeeded", null, null);
    }
}
