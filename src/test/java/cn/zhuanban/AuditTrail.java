package cn.zhuanban;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for a record in the audit log, which is written asynchronously after the change commits.
 * Tests look for records that only their own actions can have produced (unique names or paths).
 */
public final class AuditTrail {

    private AuditTrail() {}

    public static long count(JdbcClient jdbc, String action, String entityId, String summary) {
        return jdbc.sql("""
                        select count(*) from audit_record where action = :action
                          and (cast(:entityId as varchar) is null or entity_id = :entityId)
                          and (cast(:summary as varchar) is null or summary = :summary)""")
                .param("action", action)
                .param("entityId", entityId)
                .param("summary", summary)
                .query(Long.class)
                .single();
    }

    public static void awaitRecord(JdbcClient jdbc, String action, String entityId, String summary) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> count(jdbc, action, entityId, summary) > 0);
    }
}
