package cn.zhuanban.province;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

/**
 * A prepared insert sent in batches of {@value #BATCH}; counts its rows. A batch of child rows
 * sends its parent's pending rows first, so foreign keys always find their row. Also the JDBC value
 * helpers and the weighted draw the generators share.
 */
final class ProvinceBatch implements AutoCloseable {

    private static final int BATCH = 1000;

    private final PreparedStatement ps;
    private final String table;
    private final Map<String, Long> rows;
    private ProvinceBatch parent;
    private int pending;

    ProvinceBatch(PreparedStatement ps, String table, Map<String, Long> rows) {
        this.ps = ps;
        this.table = table;
        this.rows = rows;
    }

    ProvinceBatch after(ProvinceBatch parent) {
        this.parent = parent;
        return this;
    }

    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, v);
            }
        }
        ps.addBatch();
        rows.merge(table, 1L, Long::sum);
        if (++pending == BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (parent != null) {
            parent.flush();
        }
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            ps.close();
        }
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** One of {@code values}, drawn with the given relative weights. */
    static <T> T pick(Random random, T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
