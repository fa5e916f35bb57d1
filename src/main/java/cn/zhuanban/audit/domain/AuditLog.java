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
                                                  summary, algorithm, previous_hash, hash)
                        values (:id, :at, :actor, :address, :action, :type, :entityId, :summary, :alg, :prev, :hash)""")
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
                .update();
        jdbc.sql("update audit_chain_head set last_id = :id, last_hash = :hash where id = 1")
                .param("id", id)
                .param("hash", hash)
                .update();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private record Head(long lastId, String lastHash) {}
}
