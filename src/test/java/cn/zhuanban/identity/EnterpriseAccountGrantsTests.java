package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.RoleManagement.RoleForm;
import cn.zhuanban.identity.UserCommands.EditUser;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An account linked to an enterprise is an outside company's: it gets the scope 本企业 only and only roles whose
 * permissions that scope filters (Permissions.ENTERPRISE_SAFE), by grant, by linking a staff account, or by editing a
 * role such accounts hold. Each refusal is a 403 beside its field, in the audit log.
 */
@IntegrationTest
class EnterpriseAccountGrantsTests {

    private static final String PASSWORD = IdentityTestUsers.INITIAL_PASSWORD;

    private static final String WIDER_SCOPE = "该账号属于企业，数据范围只能是“本企业”";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    RoleManagement roles;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAccountOfAnEnterpriseIsGivenNoStaffRoleAndNoWiderScope() throws Exception {
        long id = enterpriseAccount("entnew");
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");

        for (String staff : new String[] {BuiltinRoles.DISPATCH_OFFICE, BuiltinRoles.SUPERVISION}) {
            String page = refused(grant(id, DataScope.ALL, staff).session(secadmin), "grant-form");
            assertThat(page).contains(WIDER_SCOPE);
            assertThat(HtmlParts.select(page, "grant-form", "dataScope")).contains("is-invalid");

            page = refused(grant(id, DataScope.ENTERPRISE, staff).session(secadmin), "grant-form");
            assertThat(page).contains("该账号属于企业，不能授予角色“" + role(staff).name() + "”");
        }
        // Even the enterprise's own role is not granted beside a staff one.
        refused(
                grant(id, DataScope.ENTERPRISE, BuiltinRoles.ENTERPRISE_CONTACT, BuiltinRoles.DISPATCH_OFFICE)
                        .session(secadmin),
                "grant-form");
        assertThat(directory.user(id).roles()).isEmpty();
        assertThat(directory.user(id).dataScope()).isEqualTo(DataScope.ENTERPRISE);
        awaitRefusal("POST /admin/users/" + id + "/grant " + WIDER_SCOPE + "%");

        mvc.perform(grant(id, DataScope.ENTERPRISE, BuiltinRoles.ENTERPRISE_CONTACT)
                        .session(secadmin))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.user(id).roles()).containsExactly(BuiltinRoles.ENTERPRISE_CONTACT);
    }

    @Test
    void aStaffAccountWithStaffGrantsIsNotLinkedToAnEnterpriseSoUnlinkingDoesNotGetRoundTheRule() throws Exception {
        long id = enterpriseAccount("relink");
        long enterprise = directory.user(id).enterpriseId();
        edit(id, null);
        identity.grant(id, new Grant(Set.of(BuiltinRoles.DISPATCH_OFFICE), DataScope.ALL, version(id)));

        String page = mvc.perform(editRequest(id, enterprise)
                        .session(WebTestSupport.login(mvc, "sysadmin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("该账号持有企业不可持有的角色或数据范围，不能关联到企业");
        assertThat(HtmlParts.select(page, "user-form", "enterpriseId")).contains("is-invalid");
        assertThat(directory.user(id).enterpriseId()).isNull();
        awaitRefusal("POST /admin/users/" + id + " 该账号持有企业不可持有的角色%");

        // Narrowed to the scope 本企业 but still a staff role: refused as well.
        identity.grant(id, new Grant(Set.of(BuiltinRoles.DISPATCH_OFFICE), DataScope.ENTERPRISE, version(id)));
        assertThatThrownBy(() -> edit(id, enterprise))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ENTERPRISE_LINK_OF_STAFF));

        // Without roles it is linked, and scoped to its enterprise as a new account of one is.
        identity.grant(id, new Grant(Set.of(), DataScope.ALL, version(id)));
        edit(id, enterprise);
        assertThat(directory.user(id).enterpriseId()).isEqualTo(enterprise);
        assertThat(directory.user(id).dataScope()).isEqualTo(DataScope.ENTERPRISE);
    }

    @Test
    void theEnterpriseContactAndTheDemoEnterpriseAccountsHoldOnlyWhatAnEnterpriseMay() {
        RoleView contact = role(BuiltinRoles.ENTERPRISE_CONTACT);
        assertThat(Permissions.ENTERPRISE_SAFE).containsAll(contact.permissions());
        assertThat(BuiltinRoleCatalog.ROLES.stream()
                        .filter(r -> r.code().equals(BuiltinRoles.ENTERPRISE_CONTACT))
                        .findFirst()
                        .orElseThrow()
                        .permissions())
                .isSubsetOf(Permissions.ENTERPRISE_SAFE);
        for (String username : new String[] {"enterprise", "enterprise2"}) {
            UserView user = directory.findByUsername(username).orElseThrow();
            assertThat(user.enterpriseId()).isNotNull();
            assertThat(user.dataScope()).isEqualTo(DataScope.ENTERPRISE);
            assertThat(user.roles()).containsExactly(BuiltinRoles.ENTERPRISE_CONTACT);
        }
    }

    @Test
    void aRoleOfEnterprisesOrHeldByOneTakesNoPermissionBeyondWhatAnEnterpriseMay() throws Exception {
        RoleView contact = role(BuiltinRoles.ENTERPRISE_CONTACT);
        Set<String> more = new HashSet<>(contact.permissions());
        more.add(Permissions.TALENT_CANDIDATE_VIEW);

        String page = refused(
                post("/admin/roles/" + contact.id())
                        .session(WebTestSupport.login(mvc, "secadmin"))
                        .with(csrf())
                        .param("code", contact.code())
                        .param("name", contact.name())
                        .param("dataScope", contact.dataScope().name())
                        .param("permissions", more.toArray(String[]::new))
                        .param("version", Integer.toString(contact.version())),
                "role-form");
        assertThat(page).contains("角色“企业联络员”由企业人员使用，不能包含权限“查看人才姓名和联系方式”");
        assertThat(role(BuiltinRoles.ENTERPRISE_CONTACT).permissions()).isEqualTo(contact.permissions());
        awaitRefusal("POST /admin/roles/" + contact.id() + " %查看人才姓名和联系方式%");

        // A role defined for enterprises, and a staff-scoped role once an enterprise's account holds it.
        String code = "ENT_" + TestCodes.unique("").toUpperCase(Locale.ROOT);
        assertRefused(
                () -> roles.create(
                        new RoleForm(code, code, null, DataScope.ENTERPRISE, Set.of(Permissions.TICKET_DISPATCH), 0)),
                ErrorCode.ROLE_PERMISSION_NOT_FOR_ENTERPRISE);
        long held = roles.create(new RoleForm(code, code, null, DataScope.ALL, Set.of(Permissions.PROJECT_VIEW), 0));
        long id = enterpriseAccount("holder");
        identity.grant(id, new Grant(Set.of(code), DataScope.ENTERPRISE, version(id)));
        assertRefused(
                () -> roles.edit(
                        held,
                        new RoleForm(
                                code,
                                code,
                                null,
                                DataScope.ALL,
                                Set.of(Permissions.PROJECT_VIEW, Permissions.INVESTMENT_REGISTRY_VIEW),
                                roles.find(held).version())),
                ErrorCode.ROLE_PERMISSION_NOT_FOR_ENTERPRISE);
        assertThat(roles.find(held).permissions()).containsExactly(Permissions.PROJECT_VIEW);
    }

    @Test
    void theEnterpriseContactsScopeStaysItsEnterprise() {
        RoleView contact = role(BuiltinRoles.ENTERPRISE_CONTACT);

        assertRefused(
                () -> roles.edit(
                        contact.id(),
                        new RoleForm(
                                contact.code(),
                                contact.name(),
                                contact.description(),
                                DataScope.ALL,
                                contact.permissions(),
                                contact.version())),
                ErrorCode.ENTERPRISE_CONTACT_SCOPE);
        assertThat(role(BuiltinRoles.ENTERPRISE_CONTACT).dataScope()).isEqualTo(DataScope.ENTERPRISE);
    }

    @Test
    void aRolesChangedScopeIsNamedInItsAuditRecordInTheReadersWords() throws Exception {
        String code = "SCOPE_" + TestCodes.unique("").toUpperCase(Locale.ROOT);
        long id = roles.create(
                new RoleForm(code, "范围" + code, null, DataScope.ENTERPRISE, Set.of(Permissions.PROJECT_VIEW), 0));

        roles.edit(
                id,
                new RoleForm(
                        code,
                        "范围" + code,
                        null,
                        DataScope.ALL,
                        Set.of(Permissions.PROJECT_VIEW),
                        roles.find(id).version()));

        AuditTrail.awaitRecord(
                jdbc,
                "role.updated",
                Long.toString(id),
                code + " [project:project:view] → [project:project:view]; dataScope: ENTERPRISE → ALL");
        String page = WebTestSupport.page(mvc, "auditor", "/audit?entityType=role&entityId=" + id);
        assertThat(page).contains("数据范围：本企业 → 全部数据");
    }

    private long enterpriseAccount(String prefix) {
        var form = new EnterpriseForm(
                TestCodes.unique("外单位"), TestCodes.creditCode(), null, null, null, "联系人", "13800138000", null, 0);
        String username = IdentityTestUsers.uniqueUsername(prefix);
        long enterprise = enterprises.register(form).id();
        return identity.createUser(new NewUser(username, "外单位人员", null, enterprise, null, null, PASSWORD));
    }

    private RoleView role(String code) {
        return roles.all().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private int version(long id) {
        return directory.user(id).version();
    }

    private void edit(long id, Long enterprise) {
        UserView u = directory.user(id);
        identity.editUser(id, new EditUser(u.fullName(), null, enterprise, null, null, true, u.version()));
    }

    private MockHttpServletRequestBuilder editRequest(long id, long enterprise) {
        return post("/admin/users/" + id)
                .param("fullName", "外单位人员")
                .param("enterpriseId", Long.toString(enterprise))
                .param("enabled", "true")
                .param("version", Integer.toString(version(id)));
    }

    private MockHttpServletRequestBuilder grant(long id, DataScope scope, String... roleCodes) {
        return post("/admin/users/" + id + "/grant")
                .with(csrf())
                .param("roleCodes", roleCodes)
                .param("dataScope", scope.name())
                .param("version", Integer.toString(version(id)));
    }

    /** The form again, refused (the refusal is a 403 in the log; the page is the form with the message). */
    private String refused(MockHttpServletRequestBuilder request, String form) throws Exception {
        String page = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"" + form + "\"");
        return page;
    }

    private static void assertRefused(Runnable change, ErrorCode code) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    private void awaitRefusal(String summary) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from audit_record where action = 'access.refused'"
                                        + " and summary like :summary")
                                .param("summary", summary)
                                .query(Long.class)
                                .single()
                        > 0);
    }
}
