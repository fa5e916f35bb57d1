package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.domain.SecuritySettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A role may have a concurrent-session limit of its own (e.g. 1 for the administrators): kept on the security settings
 * page and audited, applied at login (the smallest among the account's roles that have one, else the global limit)
 * by ending the oldest sessions in the shared session store, and an administrator role above 1 is hinted at.
 */
@IntegrationTest
class RoleSessionLimitsTests {

    private static final String PAGE = "/admin/security";

    private static final List<String> ADMINISTRATOR_ROLES =
            List.of(BuiltinRoles.SYSTEM_ADMIN, BuiltinRoles.SECURITY_ADMIN, BuiltinRoles.AUDITOR);

    /** The page's global settings: stored name → form field. */
    private static final Map<String, String> FIELDS = Map.of(
            SecuritySettings.MAX_FAILED_ATTEMPTS, "maxFailedAttempts",
            SecuritySettings.LOCK_MINUTES, "lockMinutes",
            SecuritySettings.PASSWORD_MIN_LENGTH, "passwordMinLength",
            SecuritySettings.PASSWORD_MAX_AGE_DAYS, "passwordMaxAgeDays",
            SecuritySettings.PASSWORD_HISTORY, "passwordHistory",
            SecuritySettings.DORMANT_DAYS, "dormantDays",
            SecuritySettings.SESSIONS_PER_USER, "sessionsPerUser",
            SecuritySettings.SECOND_FACTOR_REQUIRED, "secondFactorRequired");

    @Autowired
    MockMvc mvc;

    @Autowired
    SecuritySettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    MlpsBaseline baseline;

    @Autowired
    RoleManagement roles;

    @Test
    void aRoleLimitIsSavedAuditedAndClearedAgain() throws Exception {
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        try {
            mvc.perform(settingsPost(secadmin, BuiltinRoles.AUDIT_OFFICE, "2")).andExpect(redirectedUrl(PAGE));

            assertThat(settings.sessionsPerRole()).containsEntry(BuiltinRoles.AUDIT_OFFICE, 2);
            AuditTrail.awaitRecord(
                    jdbc, "security.setting-changed", "secadmin", "session.max-per-role.AUDIT_OFFICE: null → 2");
            assertThat(page(secadmin))
                    .contains("id=\"roleSessions-AUDIT_OFFICE\"")
                    .contains("value=\"2\"");

            mvc.perform(settingsPost(secadmin, BuiltinRoles.AUDIT_OFFICE, "")).andExpect(redirectedUrl(PAGE));

            assertThat(settings.sessionsPerRole()).doesNotContainKey(BuiltinRoles.AUDIT_OFFICE);
            AuditTrail.awaitRecord(
                    jdbc, "security.setting-changed", "secadmin", "session.max-per-role.AUDIT_OFFICE: 2 → null");
        } finally {
            settings.setSessionsPerRole(BuiltinRoles.AUDIT_OFFICE, null);
        }
    }

    @Test
    void aRoleLimitOutOfBoundsIsShownBesideItsInputAndNothingIsSaved() throws Exception {
        Map<String, String> before = settings.all();
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");

        String page = mvc.perform(settingsPost(secadmin, BuiltinRoles.AUDIT_OFFICE, "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("须为 1 到 10 之间的整数，留空则按统一上限").contains("value=\"0\"");
        assertThat(settings.all()).isEqualTo(before);
    }

    @Test
    void anAdministratorRoleAllowedSeveralSessionsIsHintedAt() throws Exception {
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        try {
            ADMINISTRATOR_ROLES.forEach(role -> settings.setSessionsPerRole(role, 1));
            settings.setSessionsPerRole(BuiltinRoles.DISTRICT_LEADER, 5);
            assertThat(MlpsBaselineTests.keys(baseline.shortfalls())).doesNotContain("security.mlps.admin-sessions");
            assertThat(page(secadmin)).doesNotContain("提示：有管理员角色的同时在线会话数大于 1");

            settings.setSessionsPerRole(BuiltinRoles.SYSTEM_ADMIN, 2);

            assertThat(MlpsBaselineTests.keys(baseline.shortfalls())).contains("security.mlps.admin-sessions");
            assertThat(page(secadmin)).contains("提示：有管理员角色的同时在线会话数大于 1");
        } finally {
            ADMINISTRATOR_ROLES.forEach(role -> settings.setSessionsPerRole(role, null));
            settings.setSessionsPerRole(BuiltinRoles.DISTRICT_LEADER, null);
        }
    }

    @Test
    void anAdministratorRoleWithoutALimitOfItsOwnIsHintedAtWhileTheGlobalOneAllowsSeveral() throws Exception {
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        int global = settings.sessionsPerUser();
        try {
            settings.setSessionsPerRole(BuiltinRoles.SYSTEM_ADMIN, 1);
            settings.setSessionsPerRole(BuiltinRoles.SECURITY_ADMIN, 1);

            settings.set(SecuritySettings.SESSIONS_PER_USER, 0); // unlimited
            assertThat(MlpsBaselineTests.keys(baseline.shortfalls())).contains("security.mlps.admin-sessions");
            settings.set(SecuritySettings.SESSIONS_PER_USER, 3);
            assertThat(MlpsBaselineTests.keys(baseline.shortfalls())).contains("security.mlps.admin-sessions");
            assertThat(page(secadmin)).contains("提示：有管理员角色的同时在线会话数大于 1");

            settings.set(SecuritySettings.SESSIONS_PER_USER, 1);
            assertThat(MlpsBaselineTests.keys(baseline.shortfalls())).doesNotContain("security.mlps.admin-sessions");
            settings.set(SecuritySettings.SESSIONS_PER_USER, 3);
            settings.setSessionsPerRole(BuiltinRoles.AUDITOR, 1);
            assertThat(MlpsBaselineTests.keys(baseline.shortfalls())).doesNotContain("security.mlps.admin-sessions");
        } finally {
            settings.set(SecuritySettings.SESSIONS_PER_USER, global);
            ADMINISTRATOR_ROLES.forEach(role -> settings.setSessionsPerRole(role, null));
        }
    }

    @Test
    void withoutAGlobalLimitThePageNamesTheRolesWithoutALimitOfTheirOwn() throws Exception {
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        int global = settings.sessionsPerUser();
        List<RoleView> all = roles.all();
        try {
            settings.set(SecuritySettings.SESSIONS_PER_USER, 0);
            all.forEach(role -> settings.setSessionsPerRole(role.code(), 3));
            settings.setSessionsPerRole(BuiltinRoles.DISTRICT_LEADER, null);
            String leader = all.stream()
                    .filter(role -> role.code().equals(BuiltinRoles.DISTRICT_LEADER))
                    .findFirst()
                    .orElseThrow()
                    .name();

            assertThat(page(secadmin))
                    .contains("以下角色未单独设置并发会话数上限，且未设置统一上限，其账号的并发会话数不受限制：" + leader + "。")
                    .doesNotContain("未限制每个账号的并发会话数");

            settings.setSessionsPerRole(BuiltinRoles.DISTRICT_LEADER, 3);

            assertThat(page(secadmin)).doesNotContain("以下角色未单独设置并发会话数上限").doesNotContain("未限制每个账号的并发会话数");
        } finally {
            settings.set(SecuritySettings.SESSIONS_PER_USER, global);
            all.forEach(role -> settings.setSessionsPerRole(role.code(), null));
        }
    }

    @Test
    void theSmallestLimitAmongTheAccountsRolesReplacesTheGlobalOne() {
        try {
            settings.setSessionsPerRole(BuiltinRoles.SUPERVISION, 3);
            settings.setSessionsPerRole(BuiltinRoles.AUDIT_OFFICE, 2);

            assertThat(settings.sessionsPerUser(Set.of(BuiltinRoles.SUPERVISION, BuiltinRoles.AUDIT_OFFICE)))
                    .isEqualTo(2);
            assertThat(settings.sessionsPerUser(Set.of(BuiltinRoles.SUPERVISION, BuiltinRoles.DISTRICT_LEADER)))
                    .isEqualTo(3);
            assertThat(settings.sessionsPerUser(Set.of(BuiltinRoles.DISTRICT_LEADER)))
                    .isEqualTo(settings.sessionsPerUser());
        } finally {
            settings.setSessionsPerRole(BuiltinRoles.SUPERVISION, null);
            settings.setSessionsPerRole(BuiltinRoles.AUDIT_OFFICE, null);
        }
    }

    @Test
    void aLoginEndsTheOldestSessionsBeyondTheRoleLimitWhateverTheGlobalOne() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("roles");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        identity.grant(
                id,
                new Grant(
                        Set.of(BuiltinRoles.SUPERVISION, BuiltinRoles.AUDIT_OFFICE),
                        DataScope.ALL,
                        directory.user(id).version()));
        identity.changeOwnPassword(id, IdentityTestUsers.INITIAL_PASSWORD, "Roles#2026pw");
        String oldest = session(username, 0);
        String older = session(username, 200);
        String newer = session(username, 400);
        // The global limit would keep every session; the roles' smallest limit, 2, keeps one beside the new login.
        settings.set(SecuritySettings.SESSIONS_PER_USER, 0);
        settings.setSessionsPerRole(BuiltinRoles.SUPERVISION, 3);
        settings.setSessionsPerRole(BuiltinRoles.AUDIT_OFFICE, 2);
        try {
            mvc.perform(formLogin().user(username).password("Roles#2026pw")).andExpect(redirectedUrl("/"));
        } finally {
            settings.setSessionsPerRole(BuiltinRoles.SUPERVISION, null);
            settings.setSessionsPerRole(BuiltinRoles.AUDIT_OFFICE, null);
        }

        assertThat(rows(oldest)).isZero();
        assertThat(rows(older)).isZero();
        assertThat(rows(newer)).as("the newest other session stays").isOne();
        AuditTrail.awaitRecord(jdbc, "session.ended-by-login", username, "2");
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get(PAGE).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The whole form as stored, with one role's own limit. */
    private MockHttpServletRequestBuilder settingsPost(MockHttpSession session, String roleCode, String limit) {
        Map<String, String> values = settings.all();
        MockHttpServletRequestBuilder request = post(PAGE).session(session).with(csrf());
        FIELDS.forEach((setting, field) -> request.param(field, values.get(setting)));
        return request.param("roleSessions-" + roleCode, limit).param("version", Integer.toString(settings.version()));
    }

    /** A session row in the shared store as Spring Session writes it, last used {@code later} ms after the oldest. */
    private String session(String username, long later) {
        String primary = UUID.randomUUID().toString();
        long now = System.currentTimeMillis() - 1_000;
        jdbc.sql("""
                        insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                                    max_inactive_interval, expiry_time, principal_name)
                        values (:p, :s, :now, :access, 1800, :expiry, :u)""")
                .param("p", primary)
                .param("s", UUID.randomUUID().toString())
                .param("now", now)
                .param("access", now + later)
                .param("expiry", now + 60_000)
                .param("u", username)
                .update();
        return primary;
    }

    private long rows(String primaryId) {
        return jdbc.sql("select count(*) from spring_session where primary_id = :id")
                .param("id", primaryId)
                .query(Long.class)
                .single();
    }
}
