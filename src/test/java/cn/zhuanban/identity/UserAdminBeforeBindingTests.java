package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Resetting a password and granting check the account before the form: an unknown account is a 404 and who lacks the
 * permission, or acts on an account of another administrator duty, a 403 whatever the post carries, not a 400 naming
 * the missing password, scope or version. Who may act on an existing account is still told what is wrong with the form.
 */
@IntegrationTest
class UserAdminBeforeBindingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void anEmptyPostForAnUnknownAccountIsNotFound() throws Exception {
        MockHttpSession sysadmin = WebTestSupport.login(mvc, "sysadmin");
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        mvc.perform(post("/admin/users/999999999/reset-password")
                        .session(sysadmin)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/999999999/grant").session(secadmin).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/999999999/grant")
                        .session(secadmin)
                        .with(csrf())
                        .param("dataScope", "NOT_A_SCOPE")
                        .param("version", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/not-a-number/reset-password")
                        .session(sysadmin)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEmptyPostFromWhoLacksThePermissionIsForbidden() throws Exception {
        long account = account();
        MockHttpSession sysadmin = WebTestSupport.login(mvc, "sysadmin");
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        MockHttpSession auditor = WebTestSupport.login(mvc, "auditor");
        mvc.perform(post("/admin/users/" + account + "/grant").session(sysadmin).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + account + "/reset-password")
                        .session(secadmin)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        for (String action : new String[] {"grant", "reset-password"}) {
            mvc.perform(post("/admin/users/" + account + "/" + action)
                            .session(auditor)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/999999999/" + action)
                            .session(auditor)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anInvalidPostOnAnExistingAccountStillSaysWhatIsWrong() throws Exception {
        long account = account();
        MockHttpSession sysadmin = WebTestSupport.login(mvc, "sysadmin");
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        mvc.perform(post("/admin/users/" + account + "/grant").session(secadmin).with(csrf()))
                .andExpect(status().isBadRequest());
        String refused = mvc.perform(post("/admin/users/" + account + "/reset-password")
                        .session(sysadmin)
                        .with(csrf())
                        .param("newPassword", "x"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"reset-password-form\"", "is-invalid");
    }

    /**
     * 三员分立 is checked with the account, before the form: the system administrator resetting the security
     * administrator's password, or editing the auditor, is refused 403 (once 200 with the refusal beside the password
     * field, and 400 naming the password left out), and the password stays.
     */
    @Test
    void anAccountOfAnotherDutyIsForbiddenBeforeTheFormIsRead() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("secadmin");
        long security = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SECURITY_ADMIN);
        long auditor = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("auditor"), BuiltinRoles.AUDITOR);
        MockHttpSession sysadmin = WebTestSupport.login(mvc, "sysadmin");
        mvc.perform(post("/admin/users/" + security + "/reset-password")
                        .session(sysadmin)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        String refused = mvc.perform(post("/admin/users/" + security + "/reset-password")
                        .session(sysadmin)
                        .with(csrf())
                        .param("newPassword", "Taken#Over2026"))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("不能修改、停用其他管理员职责的账号或重置其密码");
        mvc.perform(formLogin().user(username).password("Taken#Over2026")).andExpect(unauthenticated());
        mvc.perform(post("/admin/users/" + auditor).session(sysadmin).with(csrf()))
                .andExpect(status().isForbidden());
        // a business account's form is still shown again with what is wrong
        mvc.perform(post("/admin/users/" + account()).session(sysadmin).with(csrf()))
                .andExpect(status().isOk());
    }

    private long account() {
        String username = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.ALL, null, Set.of(Permissions.WORKBENCH_VIEW));
        return directory.findByUsername(username).orElseThrow().id();
    }
}
