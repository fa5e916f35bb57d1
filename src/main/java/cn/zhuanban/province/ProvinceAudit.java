package cn.zhuanban.province;

import static cn.zhuanban.province.ProvinceBatch.ts;

import cn.zhuanban.audit.AuditChain;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Generated audit records appended to the real hash chain: each record's hash covers the previous one, from the
 * chain's head on, and the head is moved to the last record, so the chain verification stays green. Their summary
 * starts with {@code [generated]}; they spread evenly over the past year and point at the generated rows.
 */
final class ProvinceAudit {

    /** The generated rows the records point at (first ids and counts). */
    record Entities(long projectBase, int projects, long ticketBase, long tickets, long reportBase, long reports) {}

    /** Opens a batched insert counted under the table's name. */
    interface Batches {
        ProvinceBatch open(String table, String sql) throws SQLException;
    }

    private static final String[][] ACTIONS = {
        {"project.updated", "project"},
        {"plan.duration-changed", "project-plan"},
        {"ticket.assigned", "ticket"},
        {"ticket.signed", "ticket"},
        {"ticket.resolved", "ticket"},
        {"investment.reported", "investment_report"},
        {"investment.confirmed", "investment_report"},
        {"login.succeeded", "security"}
    };

    private final Connection c;
    private final String algorithm;
    private final Instant now;
    private final String tag;

    ProvinceAudit(Connection c, String algorithm, Instant now, String tag) {
        this.c = c;
        this.algorithm = algorithm;
        this.now = now;
        this.tag = tag;
    }

    /** Appends {@code count} records after the chain's head and moves the head to the last of them. */
    void append(long count, Entities e, Batches batches) throws SQLException {
        long lastId;
        String lastHash;
        try (PreparedStatement head =
                        c.prepareStatement("select last_id, last_hash from audit_chain_head where id = 1 for update");
                ResultSet rs = head.executeQuery()) {
            rs.next();
            lastId = rs.getLong(1);
            lastHash = rs.getString(2);
        }
        Instant start = now.minus(365, ChronoUnit.DAYS);
        long step = Math.max(1, ChronoUnit.MILLIS.between(start, now) / count);
        try (ProvinceBatch b = batches.open("audit_record", """
                insert into audit_record (id, occurred_at, actor, address, action, entity_type, entity_id, summary,
                    algorithm, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (long n = 0; n < count; n++) {
                long id = lastId + 1 + n;
                Instant at = start.plusMillis(n * step);
                String[] action = ACTIONS[(int) (n % ACTIONS.length)];
                int project = (int) (n % e.projects());
                String actor = tag + "-tf-" + (project / 10 + 1);
                String address = "10.20." + (n % 200) + "." + (n % 250 + 1);
                String entityId = switch (action[1]) {
                    case "ticket" -> Long.toString(e.ticketBase() + n % e.tickets());
                    case "investment_report" -> Long.toString(e.reportBase() + n % e.reports());
                    case "security" -> actor; // a login's subject is the username, as the login handler writes
                    default -> Long.toString(e.projectBase() + project);
                };
                String summary = "[generated] " + action[0] + " #" + entityId;
                String hash = AuditChain.hash(
                        algorithm, lastHash, id, at, actor, address, action[0], action[1], entityId, summary);
                b.row(id, ts(at), actor, address, action[0], action[1], entityId, summary, algorithm, lastHash, hash);
                lastHash = hash;
            }
        }
        try (PreparedStatement head =
                c.prepareStatement("update audit_chain_head set last_id = ?, last_hash = ? where id = 1")) {
            head.setLong(1, lastId + count);
            head.setString(2, lastHash);
            head.executeUpdate();
        }
    }
}
