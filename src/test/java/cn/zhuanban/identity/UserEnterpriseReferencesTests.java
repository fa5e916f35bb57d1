package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserCommands.EditUser;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The enterprise an account names (an enterprise contact's, which bounds what he sees) must be in the directory. The
 * column has no foreign key, so an unknown id was stored as typed: refused beside the field now, with what was typed
 * kept, on the form and for every other caller of the service alike. The form picks it by name from the whole
 * directory, and warns of an account scoped to its enterprise that has none (it would see nothing). An enterprise's
 * role is granted with its enterprise's scope only (an outside company never sees the district), and an account created
 * with an enterprise starts scoped to it.
 */
@IntegrationTest
class UserEnterpriseReferencesTests {

    private static final long UNKNOWN = 999_999_999L;
    private static final String REFUSAL = "所选项不存在或不可选（编号 " + UNKNOWN + "）";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    RoleManagement roles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewUserOfAnUnknownEnterpriseIsRefusedBesideTheEnterprise() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("noent");

        String page = refused(post("/admin/users")
                .param("username", username)
                .param("fullName", "无企业联络员")
                .param("enterpriseId", Long.toString(UNKNOWN))
                .param("phone", "13900007777")
                .param("initialPassword", IdentityTestUsers.INITIAL_PASSWORD));

        assertThat(HtmlParts.select(page, "user-form", "enterpriseId")).contains("is-invalid");
        assertThat(HtmlParts.input(page, "user-form", "username")).contains("value=\"" + username + "\"");
        assertThat(HtmlParts.input(page, "user-form", "phone")).contains("value=\"13900007777\"");
        assertThat(directory.findByUsername(username)).isEmpty();
    }

    @Test
    void anEditedUserMovedToAnUnknownEnterpriseIsRefusedAndStaysWithHisOwn() throws Exception {
        long own = enterprise();
        String username = IdentityTestUsers.uniqueUsername("contact");
        long id = identity.createUser(
                new NewUser(username, "企业联络员", null, own, null, null, IdentityTestUsers.INITIAL_PASSWORD));
        UserView before = directory.user(id);

        String page = refused(post("/admin/users/" + id)
                .param("fullName", "企业联络员改")
                .param("enterpriseId", Long.toString(UNKNOWN))
                .param("phone", "13900008888")
                .param("enabled", "true")
                .param("version", Integer.toString(before.version())));

        assertThat(HtmlParts.select(page, "user-form", "enterpriseId")).contains("is-invalid");
        assertThat(HtmlParts.input(page, "user-form", "phone")).contains("value=\"13900008888\"");
        UserView after = directory.user(id);
        assertThat(after.enterpriseId()).isEqualTo(own);
        assertThat(after.fullName()).isEqualTo("企业联络员");
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void theServiceRefusesAnUnknownEnterpriseForEveryCallerNotOnlyTheForm() {
        String username = IdentityTestUsers.uniqueUsername("svc");

        assertThatThrownBy(() -> identity.createUser(
                        new NewUser(username, "服务调用", null, UNKNOWN, null, null, IdentityTestUsers.INITIAL_PASSWORD)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.REFERENCE_UNKNOWN);
                    assertThat(e.field()).isEqualTo("enterpriseId");
                });
        assertThat(directory.findByUsername(username)).isEmpty();
    }

    @Test
    void aUserOfARegisteredEnterpriseIsSavedWithIt() {
        long first = enterprise();
        long second = enterprise();
        long id = identity.createUser(new NewUser(
                IdentityTestUsers.uniqueUsername("ok"),
                "企业联络员",
                null,
                first,
                null,
                null,
                IdentityTestUsers.INITIAL_PASSWORD));
        assertThat(directory.user(id).enterpriseId()).isEqualTo(first);

        UserView u = directory.user(id);
        identity.editUser(id, new EditUser(u.fullName(), null, second, null, null, true, u.version()));

        assertThat(directory.user(id).enterpriseId()).isEqualTo(second);
    }

    @Test
    void theEnterpriseIsPickedByNameAndStaysPickedWhenAnotherFieldIsRefused() throws Exception {
        String name = TestCodes.unique("选择企业");
        long chosen = enterprise(name);

        String page = page(post("/admin/users")
                .param("username", IdentityTestUsers.uniqueUsername("pick"))
                .param("fullName", "")
                .param("enterpriseId", Long.toString(chosen))
                .param("initialPassword", IdentityTestUsers.INITIAL_PASSWORD));

        assertThat(HtmlParts.select(page, "user-form", "enterpriseId"))
                .doesNotContain("is-invalid")
                .containsPattern("<option value=\"" + chosen + "\" selected=\"selected\">" + name + "</option>");
    }

    @Test
    void theSearchBesideThePickListFindsAnEnterpriseOfTheWholeDirectoryByPartOfItsName() throws Exception {
        String name = TestCodes.unique("搜索企业");
        long wanted = enterprise(name);

        String options = page(get("/admin/users/enterprise-choices").param("enterpriseQ", name.substring(2)));

        assertThat(options).contains("<option value=\"" + wanted + "\">" + name + "</option>");
        assertThat(options).doesNotContain("联络企业");
    }

    @Test
    void anEnterpriseContactWithoutEnterpriseIsWarnedOfButSaved() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("unbound");
        long id = IdentityTestUsers.create(identity, username);
        identity.grant(
                id,
                new Grant(
                        Set.of(BuiltinRoles.ENTERPRISE_CONTACT),
                        DataScope.ENTERPRISE,
                        directory.user(id).version()));

        assertThat(page(get("/admin/users/" + id + "/edit"))).contains("id=\"user-no-enterprise\"");

        mvc.perform(post("/admin/users/" + id)
                        .session(WebTestSupport.login(mvc, "sysadmin"))
                        .with(csrf())
                        .param("fullName", "未绑企业的联络员")
                        .param("enabled", "true")
                        .param("version", Integer.toString(directory.user(id).version())))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.user(id).fullName()).isEqualTo("未绑企业的联络员");

        UserView u = directory.user(id);
        identity.editUser(id, new EditUser(u.fullName(), null, enterprise(), null, null, true, u.version()));
        assertThat(page(get("/admin/users/" + id + "/edit"))).doesNotContain("user-no-enterprise");
    }

    @Test
    void anAccountOfAllDataWithoutEnterpriseIsNotWarnedOf() throws Exception {
        long id = IdentityTestUsers.create(identity, IdentityTestUsers.uniqueUsername("staff"));

        assertThat(page(get("/admin/users/" + id + "/edit")))
                .contains("id=\"user-form\"")
                .doesNotContain("user-no-enterprise");
    }

    @Test
    void anEnterpriseContactIsGrantedOnlyHisEnterpriseNeverTheWholeDistrict() throws Exception {
        long id = identity.createUser(new NewUser(
                IdentityTestUsers.uniqueUsername("outsider"),
                "外单位联络员",
                null,
                enterprise(),
                null,
                null,
                IdentityTestUsers.INITIAL_PASSWORD));
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");

        for (DataScope wider : new DataScope[] {DataScope.ALL, DataScope.DEPARTMENT}) {
            String page = mvc.perform(grant(id, wider).session(secadmin))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(page).contains("角色“企业联络员”由企业人员使用，数据范围只能是“本企业”");
            assertThat(HtmlParts.select(page, "grant-form", "dataScope")).contains("is-invalid");
            assertThat(directory.user(id).roles()).isEmpty();
            assertThat(directory.user(id).dataScope()).isEqualTo(DataScope.ENTERPRISE);
        }
        awaitRefusal(id);

        mvc.perform(grant(id, DataScope.ENTERPRISE).session(secadmin)).andExpect(status().is3xxRedirection());
        assertThat(directory.user(id).roles()).containsExactly(BuiltinRoles.ENTERPRISE_CONTACT);
        assertThat(directory.user(id).dataScope()).isEqualTo(DataScope.ENTERPRISE);
    }

    @Test
    void aRoleDefinedForAnEnterpriseKeepsItsHoldersToTheirEnterpriseInEveryCaller() {
        String code = "ENT_" + TestCodes.unique("").toUpperCase(java.util.Locale.ROOT);
        roles.create(new RoleManagement.RoleForm(code, "企业自定义" + code, null, DataScope.ENTERPRISE, Set.of(), 0));
        long id = IdentityTestUsers.create(identity, IdentityTestUsers.uniqueUsername("entrole"));

        assertThatThrownBy(() -> identity.grant(
                        id,
                        new Grant(
                                Set.of(code, BuiltinRoles.SUPERVISION),
                                DataScope.ALL,
                                directory.user(id).version())))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).errorCode())
                .isEqualTo(ErrorCode.GRANT_SCOPE_OF_ENTERPRISE);
        assertThat(directory.user(id).roles()).isEmpty();
    }

    @Test
    void aNewAccountOfAnEnterpriseStartsScopedToItAndAStaffAccountToAllData() throws Exception {
        String contact = IdentityTestUsers.uniqueUsername("newcontact");
        String staff = IdentityTestUsers.uniqueUsername("newstaff");

        for (String username : new String[] {contact, staff}) {
            var request = post("/admin/users")
                    .param("username", username)
                    .param("fullName", "新账号")
                    .param("initialPassword", IdentityTestUsers.INITIAL_PASSWORD);
            if (username.equals(contact)) {
                request.param("enterpriseId", Long.toString(enterprise()));
            }
            mvc.perform(request.session(WebTestSupport.login(mvc, "sysadmin")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(directory.findByUsername(contact).orElseThrow().dataScope()).isEqualTo(DataScope.ENTERPRISE);
        assertThat(directory.findByUsername(staff).orElseThrow().dataScope()).isEqualTo(DataScope.ALL);
    }

    private MockHttpServletRequestBuilder grant(long id, DataScope scope) {
        return post("/admin/users/" + id + "/grant")
                .with(csrf())
                .param("roleCodes", BuiltinRoles.ENTERPRISE_CONTACT)
                .param("dataScope", scope.name())
                .param("version", Integer.toString(directory.user(id).version()));
    }

    private void awaitRefusal(long id) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("""
                                select count(*) from audit_record where action = 'access.refused'
                                  and entity_id = 'secadmin' and summary like :summary""")
                                .param("summary", "POST /admin/users/" + id + "/grant %本企业%")
                                .query(Long.class)
                                .single()
                        > 0);
    }

    private long enterprise() {
        return enterprise(TestCodes.unique("联络企业"));
    }

    private long enterprise(String name) {
        return enterprises
                .register(new EnterpriseForm(
                        name, TestCodes.creditCode(), null, null, null, "联系人", "13800138000", null, 0))
                .id();
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        String page = page(request);
        assertThat(page).contains(REFUSAL);
        return page;
    }

    /** The page the system administrator is shown. */
    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(
                        request.session(WebTestSupport.login(mvc, "sysadmin")).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
