package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 三员分立 on the page: the system administrator sees the security administrator's and the auditor's accounts read-only,
 * with a note why, instead of edit and password forms that the server would only refuse; a business account keeps
 * them.
 */
@IntegrationTest
class OtherAdministratorAccountPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Test
    void anotherDutysAccountShowsNoEditOrResetForm() throws Exception {
        for (String other : new String[] {"secadmin", "auditor"}) {
            String page = WebTestSupport.page(mvc, "sysadmin", "/admin/users/" + id(other) + "/edit");
            assertThat(page)
                    .as(other)
                    .contains("id=\"user-other-duty\"")
                    .contains("三员分立：此账号属于其他管理员职责")
                    .doesNotContain("id=\"user-save\"")
                    .doesNotContain("id=\"reset-password-form\"")
                    .doesNotContain("/reset-password\"");
        }
    }

    @Test
    void aBusinessAccountKeepsItsForms() throws Exception {
        String page = WebTestSupport.page(mvc, "sysadmin", "/admin/users/" + id("handler") + "/edit");
        assertThat(page)
                .doesNotContain("id=\"user-other-duty\"")
                .contains("id=\"user-save\"")
                .contains("id=\"reset-password-form\"");
    }

    private long id(String username) {
        return directory.findByUsername(username).orElseThrow().id();
    }
}
