package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.RoleManagement.RoleForm;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 三员分立: no account holds two administrator duties nor one with business roles, no role mixes them, an administrator
 * role holds nothing but its duty, business roles get none.
 */
@IntegrationTest
class AdminDutySeparationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    RoleManagement roles;

    @Test
    void oneAccountCannotBeSystemAdministratorAndAuditor() {
        long id = IdentityTestUsers.create(identity, IdentityTestUsers.uniqueUsername("duty"));

        assertDutiesCombined(() -> grant(id, BuiltinRoles.SYSTEM_ADMIN, BuiltinRoles.AUDITOR));
        assertDutiesCombined(() -> grant(id, BuiltinRoles.SECURITY_ADMIN, BuiltinRoles.AUDITOR));
        assertDutiesCombined(() -> grant(id, BuiltinRoles.SYSTEM_ADMIN, BuiltinRoles.SECURITY_ADMIN));

        assertThat(directory.user(id).roles()).isEmpty();
    }

    @Test
    void anAdministratorDutyDoesNotGoWithBusinessRoles() {
        long id = IdentityTestUsers.create(identity, IdentityTestUsers.uniqueUsername("duty"));

        assertRefused(
                ErrorCode.ADMIN_AND_BUSINESS_ROLES, () -> grant(id, BuiltinRoles.AUDITOR, BuiltinRoles.SUPERVISION));
        assertRefused(
                ErrorCode.ADMIN_AND_BUSINESS_ROLES,
                () -> grant(id, BuiltinRoles.SYSTEM_ADMIN, BuiltinRoles.DISPATCH_OFFICE));

        assertThat(directory.user(id).roles()).isEmpty();
    }

    @Test
    void theGrantPageRefusesAnAdministratorDutyWithABusinessRoleSayingWhy() throws Exception {
        long id = IdentityTestUsers.create(identity, IdentityTestUsers.uniqueUsername("duty"));

        String page = mvc.perform(post("/admin/users/" + id + "/grant")
                        .session(WebTestSupport.login(mvc, "secadmin"))
                        .with(csrf())
                        .param("roleCodes", BuiltinRoles.SYSTEM_ADMIN, BuiltinRoles.DISPATCH_OFFICE)
                        .param("dataScope", DataScope.ALL.name())
                        .param("version", Integer.toString(directory.user(id).version())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("拥有管理员职责的账号不能同时拥有业务角色（“调度办”）");
        assertThat(directory.user(id).roles()).isEmpty();
    }

    @Test
    void anAdministratorRoleCannotBeGivenBusinessPermissions() throws Exception {
        RoleView security = role(BuiltinRoles.SECURITY_ADMIN);

        String page = mvc.perform(post("/admin/roles/" + security.id())
                        .session(WebTestSupport.login(mvc, "secadmin"))
                        .with(csrf())
                        .param("code", security.code())
                        .param("name", security.name())
                        .param("dataScope", security.dataScope().name())
                        .param("permissions", withAlso(security, Permissions.PROJECT_VIEW, Permissions.TICKET_VIEW))
                        .param("version", Integer.toString(security.version())))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("管理员角色“安全管理员”只能拥有本职责的权限，不能拥有“查看项目”（project:project:view）");
        assertThat(role(BuiltinRoles.SECURITY_ADMIN).permissions())
                .doesNotContain(Permissions.PROJECT_VIEW, Permissions.TICKET_VIEW);
        for (String code : Set.of(BuiltinRoles.SYSTEM_ADMIN, BuiltinRoles.AUDITOR)) {
            RoleView admin = role(code);
            assertRefused(
                    ErrorCode.ADMIN_ROLE_PERMISSION,
                    () -> roles.edit(
                            admin.id(),
                            roleForm(admin.code(), Set.of(withAlso(admin, Permissions.API_TOKEN)), admin.version())));
        }
    }

    @Test
    void theAdministratorRolesKeepTheirOwnAndTheNeutralPermissions() {
        for (String code : Set.of(BuiltinRoles.SYSTEM_ADMIN, BuiltinRoles.SECURITY_ADMIN, BuiltinRoles.AUDITOR)) {
            RoleView admin = role(code);

            roles.edit(admin.id(), roleForm(admin.code(), admin.permissions(), admin.version()));

            assertThat(role(code).permissions()).isEqualTo(admin.permissions()).contains(Permissions.WORKBENCH_VIEW);
        }
    }

    @Test
    void theGrantPageRefusesCombinedDutiesBesideTheForm() throws Exception {
        long id = IdentityTestUsers.create(identity, IdentityTestUsers.uniqueUsername("duty"));

        mvc.perform(post("/admin/users/" + id + "/grant")
                        .session(WebTestSupport.login(mvc, "secadmin"))
                        .with(csrf())
                        .param("roleCodes", BuiltinRoles.SYSTEM_ADMIN, BuiltinRoles.AUDITOR)
                        .param("dataScope", DataScope.ALL.name())
                        .param("version", Integer.toString(directory.user(id).version())))
                .andExpect(status().isOk());

        assertThat(directory.user(id).roles()).isEmpty();
    }

    @Test
    void aBusinessRoleCannotGetAuditOrOtherAdministratorPermissions() {
        for (String permission : Set.of(
                Permissions.AUDIT_VIEW,
                Permissions.AUDIT_EXPORT,
                Permissions.AUDIT_VERIFY,
                Permissions.USER_EDIT,
                Permissions.ROLE_EDIT,
                Permissions.SECURITY_SETTINGS)) {
            String code = uniqueRoleCode();
            assertDutiesCombined(() -> roles.create(roleForm(code, Set.of(Permissions.PROJECT_VIEW, permission), 0)));
            assertThat(roles.all()).noneMatch(role -> role.code().equals(code));
        }
    }

    @Test
    void aBuiltInBusinessRoleCannotBeGivenAuditPermissions() {
        RoleView leader = role(BuiltinRoles.DISTRICT_LEADER);
        Set<String> more = new HashSet<>(leader.permissions());
        more.add(Permissions.AUDIT_VIEW);

        assertDutiesCombined(() -> roles.edit(leader.id(), roleForm(leader.code(), more, leader.version())));

        assertThat(role(BuiltinRoles.DISTRICT_LEADER).permissions()).doesNotContain(Permissions.AUDIT_VIEW);
    }

    @Test
    void theAuditorRoleCannotTakeOnSecurityDuties() {
        RoleView auditor = role(BuiltinRoles.AUDITOR);
        Set<String> more = new HashSet<>(auditor.permissions());
        more.add(Permissions.ROLE_EDIT);

        assertDutiesCombined(() -> roles.edit(auditor.id(), roleForm(auditor.code(), more, auditor.version())));
    }

    @Test
    void aBusinessRoleGetsBusinessPermissions() {
        long id =
                roles.create(roleForm(uniqueRoleCode(), Set.of(Permissions.PROJECT_VIEW, Permissions.PROJECT_EDIT), 0));

        assertThat(roles.find(id).permissions())
                .containsExactlyInAnyOrder(Permissions.PROJECT_VIEW, Permissions.PROJECT_EDIT);
        assertThat(roles.find(id).adminDuty()).isNull();
    }

    private void grant(long id, String... roleCodes) {
        identity.grant(
                id,
                new Grant(Set.of(roleCodes), DataScope.ALL, directory.user(id).version()));
    }

    private RoleView role(String code) {
        return roles.all().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static RoleForm roleForm(String code, Set<String> permissions, int version) {
        return new RoleForm(code, "测试角色", null, DataScope.ALL, permissions, version);
    }

    private static String uniqueRoleCode() {
        return "TEST_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private static String[] withAlso(RoleView role, String... more) {
        Set<String> all = new HashSet<>(role.permissions());
        all.addAll(Set.of(more));
        return all.toArray(String[]::new);
    }

    private static void assertDutiesCombined(ThrowingCallable call) {
        assertRefused(ErrorCode.ADMIN_DUTIES_COMBINED, call);
    }

    private static void assertRefused(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }
}
