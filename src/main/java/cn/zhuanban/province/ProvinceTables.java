package cn.zhuanban.province;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's connection as the generators use it: batched inserts that count their rows by table, first ids taken
 * above a table's current maximum, and identity columns moved past the generated ids afterwards, so the running
 * application's own inserts do not collide with them. Rows start at version 1, as the application's own do: an entity
 * with a primitive version of 0 is new to Spring Data JDBC, so saving a generated project, ticket or user (an edit, a
 * light the nightly job changes) tried to insert it again and failed on its key.
 */
final class ProvinceTables {

    private final Connection c;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    ProvinceTables(Connection c) {
        this.c = c;
    }

    Connection connection() {
        return c;
    }

    /** Rows inserted so far, by table, in the order the tables were first written. */
    Map<String, Long> rows() {
        return rows;
    }

    /** Role ids by role code: the generated users get the built-in roles the installation seeded. */
    Map<String, Long> roleIds() throws SQLException {
        Map<String, Long> roles = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, code from app_role")) {
            while (rs.next()) {
                roles.put(rs.getString(2), rs.getLong(1));
            }
        }
        return roles;
    }

    boolean exists(String sql, Object arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    long nextId(String table) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            // leave room for rows the running application adds meanwhile
            return rs.getLong(1) + 1000;
        }
    }

    void restartIdentity(String table) throws SQLException {
        long max;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            max = rs.getLong(1);
        }
        try (Statement st = c.createStatement()) {
            st.execute("alter table " + table + " alter column id restart with " + (max + 1));
        }
    }

    ProvinceBatch batch(String table, String sql) throws SQLException {
        return new ProvinceBatch(c.prepareStatement(sql), table, rows);
    }
}
