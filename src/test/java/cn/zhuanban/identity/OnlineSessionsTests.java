package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
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
        assertThat(jdbc.sql("select count(*) from spring_session where primary_id = :id")
                        .param("id", live)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from spring_session_attributes where session_primary_id = :id")
                        .param("id", live)
                        .query(Long.class)
                        .single())
                .isZero();
        AuditTrail.awaitRecord(jdbc, "session.ended", "dispatch", null);

        // A session that is gone says so instead of failing.
        mvc.perform(post("/admin/sessions/" + live + "/end").session(secadmin).with(csrf()))
                .andExpect(redirectedUrl("/admin/sessions"));
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
        long now = System.currentTimeMillis();
        jdbc.sql("""
                        insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                                    max_inactive_interval, expiry_time, principal_name)
                        values (:p, :s, :now, :now, 1800, :expiry, :u)""")
                .param("p", primary)
                .param("s", UUID.randomUUID().toString())
                .param("now", now - 1_000)
                .param("expiry", now + expiresInMillis)
                .param("u", username)
                .update();
        jdbc.sql("""
                        insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
                        values (:p, 'SPRING_SECURITY_CONTEXT', :b)""").param("p", primary).param("b", new byte[] {1, 2, 3}).update();
        return primary;
    }

    private String html(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
