package cn.zhuanban.notification;

import cn.zhuanban.notification.domain.MailOutboxStore;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The delivery log for administrators: every delivery with its status, attempts and last error. */
@Service
@Transactional(readOnly = true)
public class DeliveryLedger {

    private static final String WHERE = """
            where (cast(:status as varchar) is null or status = :status)
              and (cast(:channel as varchar) is null or channel = :channel)
              and (cast(:q as varchar) is null or lower(address) like :like escape '!' or lower(idempotency_key) like :like escape '!')
            """;

    private final JdbcClient jdbc;
    private final MailOutboxStore mailOutbox;

    DeliveryLedger(JdbcClient jdbc, MailOutboxStore mailOutbox) {
        this.jdbc = jdbc;
        this.mailOutbox = mailOutbox;
    }

    public PageResult<DeliveryView> search(DeliveryFilter filter, PageQuery page) {
        Map<String, Object> params = params(filter);
        long total = jdbc.sql("select count(*) from notification_delivery " + WHERE)
                .params(params)
                .query(Long.class)
                .single();
        List<DeliveryView> rows = jdbc.sql("select * from notification_delivery " + WHERE
                        + " order by id desc limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(DeliveryLedger::row)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Streams the matching deliveries, newest first, for export. */
    public void forEach(DeliveryFilter filter, int limit, Consumer<DeliveryView> consumer) {
        jdbc
                .sql("select * from notification_delivery " + WHERE + " order by id desc limit :limit")
                .params(params(filter))
                .param("limit", limit)
                .query(DeliveryLedger::row)
                .stream()
                .forEach(consumer);
    }

    /** The mail outbox, newest first; {@code q} is part of a recipient's address. */
    public PageResult<MailView> mailOutbox(String q, PageQuery page) {
        return mailOutbox.page(LikeText.containing(q), page);
    }

    /** The mails {@link #mailOutbox} lists, at most {@code limit}, for the export. */
    public void mailOutbox(String q, int limit, Consumer<MailView> consumer) {
        mailOutbox.forEach(LikeText.containing(q), limit, consumer);
    }

    private static Map<String, Object> params(DeliveryFilter filter) {
        String q = filter.q() == null || filter.q().isBlank()
                ? null
                : filter.q().trim().toLowerCase();
        Map<String, Object> params = new HashMap<>();
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("channel", filter.channel() == null ? null : filter.channel().name());
        params.put("q", q);
        params.put("like", LikeText.containing(q));
        return params;
    }

    private static DeliveryView row(ResultSet rs, int n) throws SQLException {
        return new DeliveryView(
                rs.getLong("id"),
                rs.getString("idempotency_key"),
                rs.getLong("user_id"),
                rs.getObject("department_id", Long.class),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("address"),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("sent_at")),
                rs.getString("last_error"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
