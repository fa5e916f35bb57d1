package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The per-role session limits on the security settings page name each role once, not "系统管理员 [系统管理员]". */
@IntegrationTest
class RoleSessionLabelTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anAdministratorRoleNamedAfterItsDutyIsNotTaggedWithTheSameName() throws Exception {
        String page = WebTestSupport.page(mvc, "secadmin", "/admin/security");

        for (String code :
                new String[] {BuiltinRoles.SYSTEM_ADMIN, BuiltinRoles.SECURITY_ADMIN, BuiltinRoles.AUDITOR}) {
            String label = page.substring(page.indexOf("for=\"roleSessions-" + code + "\""));
            label = label.substring(0, label.indexOf("</label>"));
            String text =
                    label.replaceAll("<[^>]+>", " ").replaceAll("^[^>]*>", "").trim();
            assertThat(text).as(code).doesNotContain("[").matches("\\S+");
        }
        assertThat(page).contains("系统管理员", "安全管理员", "审计管理员");
    }
}
