package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserCommands.EditUser;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 三员分立: the system administrator keeps the accounts, but not those of the security administrator and the auditor,
 * or he could take them over (reset the password and log in as them); only an administrator of the same duty may.
 */
@IntegrationTest
class OtherAdministratorAccountsTests {

    private static final String TAKEN_OVER = "Taken#Over2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSystemAdministratorCannotResetTheSecurityAdministratorsPassword() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("secadmin");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SECURITY_ADMIN);

        String page = mvc.perform(post("/admin/users/" + id + "/reset-password")
                        .session(sysadmin())
                        .with(csrf())
                        .param("newPassword", TAKEN_OVER))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("不能修改、停用其他管理员职责的账号或重置其密码");
        mvc.perform(formLogin().user(username).password(TAKEN_OVER)).andExpect(unauthenticated());
    }

    @Test
    void theSystemAdministratorCannotDisableOrEditTheAuditor() throws Exception {
        long id = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("auditor"), BuiltinRoles.AUDITOR);

        String page = mvc.perform(post("/admin/users/" + id)
                        .session(sysadmin())
                        .with(csrf())
                        .param("fullName", "改名")
                        .param("_enabled", "on")
                        .param("version", Integer.toString(directory.user(id).version())))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("不能修改、停用其他管理员职责的账号或重置其密码");
        assertThat(directory.user(id).enabled()).isTrue();
        assertThat(directory.user(id).fullName()).isEqualTo("测试用户");
    }

    @Test
    void aSecondSystemAdministratorMayResetTheFirst() throws Exception {
        String first = IdentityTestUsers.uniqueUsername("sys1");
        long firstId = IdentityTestUsers.createWithRole(identity, directory, first, BuiltinRoles.SYSTEM_ADMIN);
        long secondId = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("sys2"), BuiltinRoles.SYSTEM_ADMIN);

        actAs(directory.user(secondId).username());
        identity.resetPassword(firstId, TAKEN_OVER);
        SecurityContextHolder.clearContext();

        mvc.perform(formLogin().user(first).password(TAKEN_OVER)).andExpect(authenticated());
    }

    @Test
    void theSecurityAdministratorCannotResetTheSystemAdministratorEither() {
        long id = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("sys"), BuiltinRoles.SYSTEM_ADMIN);

        actAs("secadmin");

        assertThatThrownBy(() -> identity.resetPassword(id, TAKEN_OVER))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.OTHER_ADMIN_ACCOUNT));
        assertThatThrownBy(() -> identity.editUser(
                        id,
                        new EditUser(
                                "改名",
                                null,
                                null,
                                null,
                                null,
                                false,
                                directory.user(id).version())))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void theSystemAdministratorStillResetsBusinessAccounts() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("staff");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.DISPATCH_OFFICE);

        actAs("sysadmin");
        identity.resetPassword(id, TAKEN_OVER);
        SecurityContextHolder.clearContext();

        mvc.perform(formLogin().user(username).password(TAKEN_OVER)).andExpect(authenticated());
    }

    private MockHttpSession sysadmin() throws Exception {
        return WebTestSupport.login(mvc, "sysadmin");
    }

    private static void actAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null, "x"));
    }
}
