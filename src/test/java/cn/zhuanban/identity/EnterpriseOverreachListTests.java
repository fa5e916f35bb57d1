package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory.UserFilter;
import cn.zhuanban.shared.PageQuery;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts of an enterprise granted more than the enterprise rule allows before it was added (a staff permission, a
 * scope other than 本企业) are listed for the security administrator, who grants, with what is wrong and a link to the
 * grant form; the system administrator, who lists accounts but does not grant, and the auditor do not see that list.
 */
@IntegrationTest
class EnterpriseOverreachListTests {

    static final String FILTER = "/admin/users?state=ENTERPRISE_OVERREACH";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    EnterpriseOverreach overreach;

    @Test
    void theSecurityAdministratorListsEachAccountBeyondTheRuleWithWhatIsWrong() throws Exception {
        long enterprise = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        CustomRoleAccounts accounts = new CustomRoleAccounts(roles, identity, directory);
        // written past the grant's checks, as a release before the rule left them
        String staffPermission = accounts.createBeforeEnterpriseRule(
                jdbc, enterprise, Set.of(Permissions.PROJECT_VIEW, Permissions.PROJECT_CREATE));
        String wideScope = accounts.create(DataScope.ALL, null, Set.of(Permissions.PROJECT_VIEW));
        jdbc.sql("update app_user set enterprise_id = :enterprise where username = :username")
                .param("enterprise", enterprise)
                .param("username", wideScope)
                .update();
        String withinTheRule = accounts.create(DataScope.ENTERPRISE, enterprise, Set.of(Permissions.PROJECT_VIEW));

        String row = row(WebTestSupport.page(mvc, "secadmin", FILTER + "&q=" + staffPermission), staffPermission);
        long staffId = directory.findByUsername(staffPermission).orElseThrow().id();
        assertThat(row)
                .contains("企业账号越权", "新增项目", "/admin/users/" + staffId + "/edit#grant-form")
                .doesNotContain("查看项目", "数据范围为");
        assertThat(row(WebTestSupport.page(mvc, "secadmin", FILTER + "&q=" + wideScope), wideScope))
                .contains("数据范围为「全部数据」，应为「本企业」")
                .doesNotContain("新增项目");
        assertThat(WebTestSupport.page(mvc, "secadmin", FILTER + "&q=" + withinTheRule))
                .doesNotContain("<td>" + withinTheRule + "</td>");
        assertThat(WebTestSupport.page(mvc, "secadmin", FILTER + "&q=enterprise"))
                .doesNotContain("<td>enterprise</td>", "<td>enterprise2</td>");

        // the list is paged in the database and the badge counts the same accounts
        long listed = directory
                .users(
                        new UserFilter(null, null, null, null, UserFilter.State.ENTERPRISE_OVERREACH),
                        new PageQuery(0, 1))
                .totalElements();
        assertThat(listed).isGreaterThanOrEqualTo(2).isEqualTo(overreach.count());
        String all = WebTestSupport.page(mvc, "secadmin", "/admin/users");
        assertThat(all).contains("id=\"user-overreach-filter\"", ">" + listed + "</span>");
        assertThat(WebTestSupport.page(mvc, "secadmin", FILTER + "&size=1")).contains("共 " + listed + " 条");
    }

    @Test
    void theSystemAdministratorAndTheAuditorDoNotSeeTheList() throws Exception {
        MockHttpSession sysadmin = WebTestSupport.login(mvc, "sysadmin");
        mvc.perform(get(FILTER).session(sysadmin)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/export?state=ENTERPRISE_OVERREACH").session(sysadmin))
                .andExpect(status().isForbidden());
        assertThat(WebTestSupport.page(mvc, "sysadmin", "/admin/users"))
                .doesNotContain("user-overreach-filter", "ENTERPRISE_OVERREACH", "企业账号越权");
        MockHttpSession auditor = WebTestSupport.login(mvc, "auditor");
        mvc.perform(get(FILTER).session(auditor)).andExpect(status().isForbidden());
    }

    /** The table row of the account. */
    private static String row(String page, String username) {
        int at = page.indexOf("<td>" + username + "</td>");
        assertThat(at).as("row of " + username).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
