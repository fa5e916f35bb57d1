package cn.zhuanban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentManagement.DepartmentForm;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The hash chain detects a record changed behind the application's back, names it, and is intact
 * again once the record is restored. The tampered row is restored even if an assertion fails,
 * because every other test shares the database.
 */
@IntegrationTest
class AuditChainTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditManagement audit;

    @Autowired
    DepartmentManagement departments;

    @Test
    void aTamperedSummaryBreaksTheChainAtThatRecordAndRestoringHealsIt() throws Exception {
        MockHttpSession auditor = WebTestSupport.login(mvc, "auditor");
        long recordId = auditedDepartmentChange();
        assertThat(audit.verify().intact()).isTrue();

        String original = summaryOf(recordId);
        try {
            setSummary(recordId, original + " (changed by hand)");

            ChainVerification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenId()).isEqualTo(recordId);
            assertThat(broken.recordsChecked()).isEqualTo(recordId);
            mvc.perform(get("/api/v1/audit/verify").session(auditor))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenId").value(recordId))
                    .andExpect(jsonPath("$.recordsChecked").value(recordId));
            String started = mvc.perform(
                            post("/audit/verify").session(auditor).with(csrf()).header("HX-Request", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("id=\"verification\"")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String run = started.replaceAll("(?s).*data-run=\"(\\d+)\".*", "$1");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> mvc.perform(get("/audit/verify/" + run).session(auditor))
                            .andExpect(status().isOk())
                            .andExpect(content().string(Matchers.containsString("id=\"chain-broken\""))));
        } finally {
            setSummary(recordId, original);
        }

        assertThat(audit.verify().intact()).isTrue();
        mvc.perform(get("/api/v1/audit/verify").session(auditor))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBrokenId").value(nullValue()));
    }

    @Test
    void aDeletedRecordBreaksTheChainAtItsPosition() {
        long recordId = auditedDepartmentChange();
        var row = jdbc.sql("select * from audit_record where id = :id")
                .param("id", recordId)
                .query()
                .singleRow();
        try {
            jdbc.sql("delete from audit_record where id = :id")
                    .param("id", recordId)
                    .update();

            ChainVerification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenId()).isEqualTo(recordId);
        } finally {
            jdbc.sql("""
                            insert into audit_record (id, occurred_at, actor, address, action, entity_type, entity_id,
                                                      summary, algorithm, previous_hash, hash)
                            values (:id, :occurred_at, :actor, :address, :action, :entity_type, :entity_id, :summary,
                                    :algorithm, :previous_hash, :hash)""").params(row).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aCheckWhoseNodeStoppedReadsAsFailedNotRunningForever() throws Exception {
        long id = jdbc.sql("""
                        insert into audit_verification_run (started_by, started_at, status, total, checked, heartbeat_at)
                        values ('auditor', :at, 'RUNNING', 100, 10, :at)""")
                                .param(
                                        "at",
                                        java.sql.Timestamp.from(
                                                java.time.Instant.now().minus(Duration.ofHours(1))))
                                .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id")
                        > 0
                ? jdbc.sql("select max(id) from audit_verification_run")
                        .query(Long.class)
                        .single()
                : 0;

        assertThat(audit.verificationRun(id).orElseThrow().status())
                .isEqualTo(cn.zhuanban.audit.VerificationRun.Status.FAILED);
        mvc.perform(get("/audit/verify/" + id).session(WebTestSupport.login(mvc, "auditor")))
                .andExpect(content().string(Matchers.containsString("id=\"chain-failed\"")));
    }

    @Test
    void verifyingNeedsTheVerifyPermission() throws Exception {
        MockHttpSession leader = WebTestSupport.login(mvc, "leader");
        mvc.perform(get("/api/v1/audit/verify").session(leader))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(post("/audit/verify").session(leader).with(csrf())).andExpect(status().isForbidden());
    }

    /** Creates and removes a department of its own; returns the audit record of the creation. */
    private long auditedDepartmentChange() {
        String code = "AUDIT-" + UUID.randomUUID().toString().substring(0, 8);
        long id = departments.create(new DepartmentForm(null, "审计链测试部门", code, 999, 0));
        departments.delete(id);
        AuditTrail.awaitRecord(jdbc, "department.deleted", Long.toString(id), null);
        return jdbc.sql("select id from audit_record where action = 'department.created' and entity_id = :id")
                .param("id", Long.toString(id))
                .query(Long.class)
                .single();
    }

    private String summaryOf(long id) {
        return jdbc.sql("select summary from audit_record where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private void setSummary(long id, String summary) {
        jdbc.sql("update audit_record set summary = :s where id = :id")
                .param("s", summary)
                .param("id", id)
                .update();
    }
}
