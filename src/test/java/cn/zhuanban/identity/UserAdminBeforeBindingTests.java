package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
 * permission a 403 whatever the post carries, not a 400 naming the missing password, scope or version. Who may act on
 * an existing account is still told what is wrong with the form.
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

    private long account() {
        String username = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.ALL, null, Set.of(Permissions.WORKBENCH_VIEW));
        return directory.findByUsername(username).orElseThrow().id();
    }
}
