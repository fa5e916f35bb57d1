package cn.zhuanban.audit.domain;

import cn.zhuanban.audit.ChainVerification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every hash in id order, streaming the rows, and reports the first record whose
 * content, predecessor link or position does not match: a changed, inserted or deleted row.
 */
@Component
public class ChainVerifier {

    private final JdbcTemplate jdbc;

    ChainVerifier(DataSource dataSource) {
        // Its own template: a fetch size lets PostgreSQL stream a million rows instead of loading them.
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return verify(checked -> {});
    }

    /** The number of records a check started now would walk. */
    public long head() {
        return jdbc.queryForObject("select last_id from audit_chain_head where id = 1", Long.class);
    }

    /** Walks the chain, reporting the records checked so far every {@value #PROGRESS_EVERY} records. */
    @Transactional(readOnly = true)
    public ChainVerification verify(LongConsumer progress) {
        // The head first: records appended while we walk lie beyond it and are left for the next check,
        // instead of looking like a mismatch between the last record walked and a newer head.
        Head head = jdbc.queryForObject(
                "select last_id, last_hash from audit_chain_head where id = 1",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
        Walk walk = new Walk(progress);
        jdbc.query("""
                select id, occurred_at, actor, address, action, entity_type, entity_id, summary, algorithm,
                       previous_hash, hash from audit_record where id <= ? order by id""", walk, head.lastId());
        if (walk.broken == null
                && (!walk.previousHash.equals(head.lastHash()) || head.lastId() != walk.expectedId - 1)) {
            return new ChainVerification(false, walk.checked, walk.expectedId);
        }
        return new ChainVerification(walk.broken == null, walk.checked, walk.broken);
    }

    private record Head(long lastId, String lastHash) {}

    static final int PROGRESS_EVERY = 10_000;

    private static final class Walk implements RowCallbackHandler {
        final LongConsumer progress;
        String previousHash = "0".repeat(64);
        long expectedId = 1;
        long checked;
        Long broken;

        Walk(LongConsumer progress) {
            this.progress = progress;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (broken != null) {
                return;
            }
            long id = rs.getLong("id");
            String recomputed = AuditHasher.hash(
                    rs.getString("algorithm"),
                    previousHash,
                    id,
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("address"),
                    rs.getString("action"),
                    rs.getString("entity_type"),
                    rs.getString("entity_id"),
                    rs.getString("summary"));
            checked++;
            if (checked % PROGRESS_EVERY == 0) {
                progress.accept(checked);
            }
            if (id != expectedId
                    || !previousHash.equals(rs.getString("previous_hash"))
                    || !recomputed.equals(rs.getString("hash"))) {
                broken = id != expectedId ? expectedId : id;
                return;
            }
            previousHash = rs.getString("hash");
            expectedId++;
        }
    }
}
