package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserCommands.EditUser;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三员分立 for grants: the security administrator cannot change the roles or data scope of the auditor or the system
 * administrator (turning the only auditor into a leader who reads all business data), and no duty loses its last
 * holder.
 */
@IntegrationTest
class OtherAdministratorGrantsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecurityAdministratorCannotGiveTheAuditorOtherRoles() throws Exception {
        long id = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("auditor"), BuiltinRoles.AUDITOR);

        for (String role : new String[] {BuiltinRoles.DISTRICT_LEADER, BuiltinRoles.SECURITY_ADMIN}) {
            String page = mvc.perform(post("/admin/users/" + id + "/grant")
                            .session(WebTestSupport.login(mvc, "secadmin"))
                            .with(csrf())
                            .param("roleCodes", role)
                            .param("dataScope", DataScope.ALL.name())
                            .param(
                                    "version",
                                    Integer.toString(directory.user(id).version())))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(page).contains("不能修改其他管理员职责（审计管理员）账号的角色或数据范围");
        }
        assertThat(directory.user(id).roles()).containsExactly(BuiltinRoles.AUDITOR);
    }

    @Test
    void theSecurityAdministratorCannotChangeTheSystemAdministratorsScope() throws Exception {
        long id = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("sys"), BuiltinRoles.SYSTEM_ADMIN);

        mvc.perform(post("/admin/users/" + id + "/grant")
                .session(WebTestSupport.login(mvc, "secadmin"))
                .with(csrf())
                .param("roleCodes", BuiltinRoles.SYSTEM_ADMIN)
                .param("dataScope", DataScope.DEPARTMENT.name())
                .param("version", Integer.toString(directory.user(id).version())));

        assertThat(directory.user(id).dataScope()).isEqualTo(DataScope.ALL);
    }

    @Test
    @Transactional
    void theLastAuditorKeepsTheDutyAndStaysEnabled() {
        long id = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("auditor"), BuiltinRoles.AUDITOR);
        // Every other account disabled, in this test's transaction only (rolled back).
        jdbc.sql("update app_user set enabled = false where id <> :id")
                .param("id", id)
                .update();
        int version = directory.user(id).version();

        assertLastHolder(() -> identity.grant(id, new Grant(Set.of(BuiltinRoles.SUPERVISION), DataScope.ALL, version)));
        assertLastHolder(() -> identity.grant(id, new Grant(Set.of(), DataScope.ALL, version)));
        assertLastHolder(() -> identity.editUser(id, new EditUser("测试用户", null, null, null, null, false, version)));
        // Keeping the duty is allowed.
        identity.grant(id, new Grant(Set.of(BuiltinRoles.AUDITOR), DataScope.ALL, version));
    }

    private static void assertLastHolder(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LAST_DUTY_HOLDER));
    }
}
