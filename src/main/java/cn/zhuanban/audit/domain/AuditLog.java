package cn.zhuanban.audit.domain;

import cn.zhuanban.shared.AuditedEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends records to the chain. The head row is locked for the append, so appends from several
 * nodes are serialised and each record links to exactly one predecessor.
 *
 * <p>Once per event: module events are delivered at least once. Spring Modulith marks a publication complete in a
 * transaction of its own after the listener's has committed, so a node that dies in between has the event handed to
 * the audit listener again by the resubmission job, and the record was written twice. Each record keeps the event's
 * identity ({@code event_key}, unique); an event already recorded is skipped under the head's lock, before the chain
 * moves, so a skipped duplicate leaves the chain as it was.
 */
@Component
public class AuditLog {

    private static final String UNKNOWN = "-";

    private final JdbcClient jdbc;
    private final String algorithm;

    AuditLog(JdbcClient jdbc, @Value("${zhuanban.audit.algorithm:SHA-256}") String algorithm) {
        this.jdbc = jdbc;
        this.algorithm = AuditHasher.SM3.equalsIgnoreCase(algorithm) ? AuditHasher.SM3 : AuditHasher.SHA_256;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(AuditedEvent event) {
        Head head = jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        String key = EventKey.of(event);
        if (recorded(key)) {
            return;
        }
        long id = head.lastId() + 1;
        // Millisecond precision: what every database stores exactly, so the hash can be recomputed.
        Instant at = event.actor().at().truncatedTo(ChronoUnit.MILLIS);
        // Cut to the column sizes: a refused login names whatever the caller typed as username, and an
        // over-long value must not make the record, and with it the evidence, fail to be written.
        String actor = truncate(Objects.requireNonNullElse(event.actor().username(), UNKNOWN), 50);
        String address = truncate(event.actor().address(), 64);
        String action = truncate(event.action(), 100);
        String type = truncate(event.entityType(), 50);
        String entityId = truncate(event.entityId(), 50);
        String summary = truncate(event.summary(), 4000);
        String hash =
                AuditHasher.hash(algorithm, head.lastHash(), id, at, actor, address, action, type, entityId, summary);
        jdbc.sql("""
                        insert into audit_record (id, occurred_at, actor, address, action, entity_type, entity_id,
                                                  summary, algorithm, previous_hash, hash, event_key)
                        values (:id, :at, :actor, :address, :action, :type, :entityId, :summary, :alg, :prev, :hash,
                                :key)""")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("address", address)
                .param("action", action)
                .param("type", type)
                .param("entityId", entityId)
                .param("summary", summary)
                .param("alg", algorithm)
                .param("prev", head.lastHash())
                .param("hash", hash)
                .param("key", key)
                .update();
        jdbc.sql("update audit_chain_head set last_id = :id, last_hash = :hash where id = 1")
                .param("id", id)
                .param("hash", hash)
                .update();
    }

    private boolean recorded(String key) {
        return jdbc.sql("select count(*) from audit_record where event_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Cut to {@code max}, with U+FFFD for a NUL: PostgreSQL refuses a NUL in text, and the evidence must be written
     * whatever a caller typed (requests holding one are refused before they get here, other sources may not be).
     */
    private static String truncate(String s, int max) {
        String text = s == null ? null : s.replace('\0', (char) 0xFFFD);
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private record Head(long lastId, String lastHash) {}
}
