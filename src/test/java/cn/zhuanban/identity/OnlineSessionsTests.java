package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.ExportedSheet;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.domain.SecuritySettings;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The security administrator sees the sessions in the shared session store and ends one: its row goes, so every node
 * sends its next request to the login page. (Tests keep their own sessions in memory; the rows here stand for
 * sessions of the running nodes, which Spring Session writes to the same table.)
 */
@IntegrationTest
class OnlineSessionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    SecuritySettings settings;

    private final java.util.Map<String, String> sessionIds = new java.util.HashMap<>();

    @Test
    void theSecurityAdministratorSeesLiveSessionsAndEndsOne() throws Exception {
        String live = session("dispatch", 60_000);
        String expired = session("leader", -60_000);
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");

        String page = html(secadmin, "/admin/sessions?q=dispatch");
        assertThat(page).contains(live).contains("赵敏").doesNotContain(expired);
        assertThat(html(secadmin, "/admin/sessions?q=leader")).doesNotContain(expired);

        mvc.perform(post("/admin/sessions/" + live + "/end").session(secadmin).with(csrf()))
                .andExpect(redirectedUrl("/admin/sessions"));
        assertThat(rows(live)).isZero();
        assertThat(jdbc.sql("select count(*) from spring_session_attributes where session_primary_id = :id")
                        .param("id", live)
                        .query(Long.class)
                        .single())
                .isZero();
        AuditTrail.awaitRecord(jdbc, "session.ended", "dispatch", null);
        // Its next request says who ended it instead of "timed out".
        mvc.perform(get("/tickets").with(request -> {
                    request.setRequestedSessionId(sessionIdOf(live));
                    request.setRequestedSessionIdValid(false);
                    return request;
                }))
                .andExpect(redirectedUrl("/login?ended=ADMIN"));
        assertThat(html(null, "/login?ended=ADMIN")).contains("您的会话已被安全管理员强制下线");

        // A session that is gone says so instead of failing.
        mvc.perform(post("/admin/sessions/" + live + "/end").session(secadmin).with(csrf()))
                .andExpect(redirectedUrl("/admin/sessions"));
    }

    @Test
    void aNewLoginBeyondTheAllowedSessionsEndsTheOldestAndTellsThem() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("single");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        identity.changeOwnPassword(id, IdentityTestUsers.INITIAL_PASSWORD, "Single#2026pw");
        String older = session(username, 60_000);
        String newer = session(username, 60_000);
        jdbc.sql("update spring_session set last_access_time = last_access_time + 500 where primary_id = :p")
                .param("p", newer)
                .update();
        settings.set(SecuritySettings.SESSIONS_PER_USER, 2);
        try {
            mvc.perform(formLogin().user(username).password("Single#2026pw")).andExpect(redirectedUrl("/"));
        } finally {
            settings.set(SecuritySettings.SESSIONS_PER_USER, 0);
        }
        assertThat(rows(older)).as("the oldest other session ends").isZero();
        assertThat(rows(newer))
                .as("one other session may stay beside the new one")
                .isOne();
        mvc.perform(get("/projects").with(request -> {
                    request.setRequestedSessionId(sessionIdOf(older));
                    request.setRequestedSessionIdValid(false);
                    return request;
                }))
                .andExpect(redirectedUrl("/login?ended=ELSEWHERE"));
        AuditTrail.awaitRecord(jdbc, "session.ended-by-login", username, "1");
    }

    @Test
    void withoutALimitEveryLoginKeepsTheOtherSessions() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("many");
        long id = IdentityTestUsers.createWithRole(identity, directory, username, BuiltinRoles.SUPERVISION);
        identity.changeOwnPassword(id, IdentityTestUsers.INITIAL_PASSWORD, "Many#2026pw");
        String other = session(username, 60_000);
        mvc.perform(formLogin().user(username).password("Many#2026pw")).andExpect(redirectedUrl("/"));
        assertThat(rows(other)).isOne();
    }

    @Test
    void theSessionsAsListedDownloadAsAnAuditedSheet() throws Exception {
        session("lead2", 60_000);
        assertThat(html(WebTestSupport.login(mvc, "secadmin"), "/admin/sessions?q=lead2"))
                .contains("/admin/sessions/export?q=lead2");

        ExportedSheet sheet = ExportedSheet.download(mvc, "secadmin", "/admin/sessions/export?q=lead2");

        assertThat(sheet.header()).startsWith("用户名");
        assertThat(sheet.rowsStartingWith("lead2"))
                .isNotEmpty()
                .hasSize(sheet.rows().size() - 1);
        AuditTrail.awaitRecord(jdbc, "ledger.exported", "/admin/sessions/export", null);
        mvc.perform(get("/admin/sessions/export").session(WebTestSupport.login(mvc, "sysadmin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheSecurityAdministratorMayListOrEndSessions() throws Exception {
        String live = session("handler", 60_000);
        for (String user : new String[] {"sysadmin", "auditor", "dispatch"}) {
            MockHttpSession session = WebTestSupport.login(mvc, user);
            mvc.perform(get("/admin/sessions").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/sessions/" + live + "/end")
                            .session(session)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from spring_session where primary_id = :id")
                        .param("id", live)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    /** A session row as Spring Session writes it, expiring {@code expiresInMillis} from now; returns its primary id. */
    private String session(String username, long expiresInMillis) {
        String primary = UUID.randomUUID().toString();
        String sessionId = UUID.randomUUID().toString();
        sessionIds.put(primary, sessionId);
        long now = System.currentTimeMillis();
        jdbc.sql("""
                        insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                                    max_inactive_interval, expiry_time, principal_name)
                        values (:p, :s, :now, :now, 1800, :expiry, :u)""")
                .param("p", primary)
                .param("s", sessionId)
                .param("now", now - 1_000)
                .param("expiry", now + expiresInMillis)
                .param("u", username)
                .update();
        jdbc.sql("""
                        insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
                        values (:p, 'SPRING_SECURITY_CONTEXT', :b)""").param("p", primary).param("b", new byte[] {1, 2, 3}).update();
        return primary;
    }

    private long rows(String primaryId) {
        return jdbc.sql("select count(*) from spring_session where primary_id = :id")
                .param("id", primaryId)
                .query(Long.class)
                .single();
    }

    private String sessionIdOf(String primaryId) {
        return sessionIds.get(primaryId);
    }

    private String html(MockHttpSession session, String path) throws Exception {
        var request = get(path);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
