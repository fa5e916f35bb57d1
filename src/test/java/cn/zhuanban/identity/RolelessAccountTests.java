package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserCommands.NewUser;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An account left without any role (an administrator duty taken back from it) is shown as such in the user list, with
 * no data scope, and on login gets a page that says to ask the security administrator, not an empty workbench.
 */
@IntegrationTest
class RolelessAccountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Test
    void anAccountWithoutRolesIsMarkedInTheListAndToldSoOnLogin() throws Exception {
        String username = "norole-" + TestCodes.unique("").toLowerCase(Locale.ROOT);
        long id = identity.createUser(
                new NewUser(username, "无角色测试", null, null, null, null, WebTestSupport.DEMO_PASSWORD));
        identity.waivePasswordChange(id);

        String page = WebTestSupport.page(mvc, "secadmin", "/admin/users?q=" + username);
        String row = page.substring(page.indexOf("<td>" + username + "</td>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("无角色", "<td class=\"user-scope\">—</td>").doesNotContain("全部数据", ">正常<");

        assertThat(WebTestSupport.page(mvc, username, "/"))
                .contains("id=\"workbench-no-role\"")
                .contains("您的账号尚未分配角色，请联系安全管理员");
    }

    @Test
    void anAccountWithARoleStaysActiveWithItsScope() throws Exception {
        String page = WebTestSupport.page(mvc, "secadmin", "/admin/users?q=handler-power");
        String row = page.substring(page.indexOf("<td>handler-power</td>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">正常<").doesNotContain("无角色", ">—<");
        assertThat(WebTestSupport.page(mvc, "handler-power", "/")).doesNotContain("workbench-no-role");
    }
}
