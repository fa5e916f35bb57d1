package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.Channel;
import cn.zhuanban.notification.DeliveryStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox of deliveries, written in the same transaction as the inbox item and read by the
 * sender job through the (status, next_attempt_at) index. A delivery is claimed before it is
 * sent, by pushing its next attempt past a lease, so that two senders never send it twice.
 */
@Component
public class DeliveryOutbox {

    private final JdbcClient jdbc;
    private final InsertOnce once;

    DeliveryOutbox(JdbcClient jdbc, InsertOnce once) {
        this.jdbc = jdbc;
        this.once = once;
    }

    /** Queues the delivery unless its key is known (the unique index backs this check up). */
    public boolean enqueue(NewDelivery d, Instant now) {
        boolean exists = jdbc.sql("select count(*) from notification_delivery where idempotency_key = :key")
                        .param("key", d.idempotencyKey())
                        .query(Long.class)
                        .single()
                > 0;
        return !exists
                && once.insert(() -> jdbc.sql("""
                        insert into notification_delivery (idempotency_key, user_id, department_id, channel, address,
                               subject, body, status, attempts, next_attempt_at, created_at)
                        values (:key, :user, :dept, :channel, :address, :subject, :body, 'PENDING', 0, :now, :now)""")
                        .param("key", d.idempotencyKey())
                        .param("user", d.userId())
                        .param("dept", d.departmentId())
                        .param("channel", d.channel().name())
                        .param("address", d.address())
                        .param("subject", clip(d.subject(), 300))
                        .param("body", clip(d.body(), 2000))
                        .param("now", Timestamp.from(now))
                        .update());
    }

    public List<DeliveryTask> due(Instant now, int limit) {
        return jdbc.sql("""
                        select * from notification_delivery where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at limit :limit""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(DeliveryOutbox::row)
                .list();
    }

    public Optional<DeliveryTask> find(long id) {
        return jdbc.sql("select * from notification_delivery where id = :id")
                .param("id", id)
                .query(DeliveryOutbox::row)
                .optional();
    }

    public Optional<DeliveryTask> findByKey(String key) {
        return jdbc.sql("select * from notification_delivery where idempotency_key = :key")
                .param("key", key)
                .query(DeliveryOutbox::row)
                .optional();
    }

    /** Takes the delivery for one attempt if it is still due and untouched; false if someone else has it. */
    public boolean claim(DeliveryTask task, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                                update notification_delivery set next_attempt_at = :lease
                                where id = :id and status = 'PENDING' and attempts = :attempts and next_attempt_at <= :now""")
                        .param("lease", Timestamp.from(leaseUntil))
                        .param("id", task.id())
                        .param("attempts", task.attempts())
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    public void markSent(long id, int attempts, Instant at) {
        jdbc.sql("""
                        update notification_delivery set status = 'SENT', attempts = :attempts, sent_at = :at,
                               last_error = null where id = :id""")
                .param("attempts", attempts)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** Records a failed attempt; the delivery is pending again from {@code next}. */
    public void markRetry(long id, int attempts, Instant next, String error) {
        jdbc.sql("""
                        update notification_delivery set attempts = :attempts, next_attempt_at = :next,
                               last_error = :error where id = :id""")
                .param("attempts", attempts)
                .param("next", Timestamp.from(next))
                .param("error", clip(error, 1000))
                .param("id", id)
                .update();
    }

    /** Records the last allowed attempt as failed: nobody will try again. */
    public void markFailed(long id, int attempts, String error) {
        jdbc.sql("""
                        update notification_delivery set status = 'FAILED', attempts = :attempts, last_error = :error
                        where id = :id""")
                .param("attempts", attempts)
                .param("error", clip(error, 1000))
                .param("id", id)
                .update();
    }

    static DeliveryTask row(ResultSet rs, int n) throws SQLException {
        return new DeliveryTask(
                rs.getLong("id"),
                rs.getString("idempotency_key"),
                rs.getLong("user_id"),
                rs.getObject("department_id", Long.class),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("address"),
                rs.getString("subject"),
                rs.getString("body"),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant());
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
