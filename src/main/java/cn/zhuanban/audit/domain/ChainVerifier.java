package cn.zhuanban.audit.domain;

import cn.zhuanban.audit.ChainVerification;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import javax.sql.DataSource;
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
        Walk walk = new Walk();
        jdbc.query("""
                select id, occurred_at, actor, address, action, entity_type, entity_id, summary, algorithm,
                       previous_hash, hash from audit_record order by id""", walk);
        if (walk.broken == null) {
            String headHash = jdbc.queryForObject("select last_hash from audit_chain_head where id = 1", String.class);
            Long headId = jdbc.queryForObject("select last_id from audit_chain_head where id = 1", Long.class);
            if (!walk.previousHash.equals(headHash) || headId != walk.expectedId - 1) {
                return new ChainVerification(false, walk.checked, walk.expectedId);
            }
        }
        return new ChainVerification(walk.broken == null, walk.checked, walk.broken);
    }

    private static final class Walk implements RowCallbackHandler {
        String previousHash = "0".repeat(64);
        long expectedId = 1;
        long checked;
        Long broken;

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
