package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserCommands.EditUser;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Role changes reach open sessions without a new login, a disabled account loses its session, and
 * no administrator grants roles to their own account.
 */
@IntegrationTest
class SessionFollowsGrantsTests {

    /** The session attribute that dates the last check; removing it makes the next request check. */
    private static final String CHECKED_AT = "cn.zhuanban.identity.security.AuthorityRefreshFilter.checkedAt";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void aGrantReachesAnOpenSessionAtItsNextCheck() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("refresh");
        long id = IdentityTestUsers.create(identity, username);
        identity.waivePasswordChange(id);
        MockHttpSession session = login(username);
        mvc.perform(get("/cockpit/data").session(session)).andExpect(status().isForbidden());

        identity.grant(
                id,
                new Grant(
                        Set.of(BuiltinRoles.DISTRICT_LEADER),
                        DataScope.ALL,
                        directory.user(id).version()));
        mvc.perform(get("/cockpit/data").session(session)).andExpect(status().isForbidden());

        session.removeAttribute(CHECKED_AT);
        mvc.perform(get("/cockpit/data").session(session)).andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountLosesItsSession() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("disable");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        identity.waivePasswordChange(id);
        MockHttpSession session = login(username);
        mvc.perform(get("/cockpit/data").session(session)).andExpect(status().isOk());

        identity.editUser(
                id,
                new EditUser(
                        "测试用户",
                        null,
                        null,
                        null,
                        null,
                        false,
                        directory.user(id).version()));
        session.removeAttribute(CHECKED_AT);

        mvc.perform(get("/cockpit").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theSecurityAdministratorCannotGrantToTheirOwnAccount() throws Exception {
        long self = directory.findByUsername("secadmin").orElseThrow().id();
        MockHttpSession session = WebTestSupport.login(mvc, "secadmin");

        mvc.perform(post("/admin/users/{id}/grant", self)
                        .session(session)
                        .with(csrf())
                        .param("roleCodes", BuiltinRoles.SECURITY_ADMIN, BuiltinRoles.DISTRICT_LEADER)
                        .param("dataScope", "ALL")
                        .param("version", String.valueOf(directory.user(self).version())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不能给自己的账号授予角色")));
        assertThat(directory.user(self).roles()).containsExactly(BuiltinRoles.SECURITY_ADMIN);

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("secadmin", null, Set.of()));
        try {
            assertThatThrownBy(() ->
                            identity.grant(self, new Grant(Set.of(BuiltinRoles.SECURITY_ADMIN), DataScope.ALL, 0)))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).errorCode())
                    .isEqualTo(ErrorCode.GRANT_OWN_ACCOUNT);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(IdentityTestUsers.INITIAL_PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
