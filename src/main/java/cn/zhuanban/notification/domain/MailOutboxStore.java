package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.MailView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where mails go when no SMTP server is configured, so that a demo shows what would be sent. */
@Component
public class MailOutboxStore {

    /**
     * The recipient only: the subject and body carry business content the system administrator does not see
     * ({@link MailView}), and a search on them would show it to him one guess at a time.
     */
    private static final String WHERE =
            " where (cast(:like as varchar) is null or lower(recipient) like :like escape '!')";

    private final JdbcClient jdbc;

    MailOutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String recipient, String subject, String body, Instant at) {
        jdbc.sql("""
                        insert into notification_mail_outbox (recipient, subject, body, created_at)
                        values (:recipient, :subject, :body, :at)""")
                .param("recipient", recipient)
                .param("subject", subject)
                .param("body", body)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** A page of the mails, newest first; {@code like} ({@code LikeText}, or null) narrows the recipients. */
    public PageResult<MailView> page(String like, PageQuery page) {
        long total = jdbc.sql("select count(*) from notification_mail_outbox" + WHERE)
                .param("like", like)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("select id, recipient, created_at from notification_mail_outbox" + WHERE
                        + " order by id desc limit :limit offset :offset")
                .param("like", like)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(MailOutboxStore::row)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The mails {@link #page} pages through, newest first, at most {@code limit}: for the export. */
    public void forEach(String like, int limit, Consumer<MailView> consumer) {
        jdbc
                .sql("select id, recipient, created_at from notification_mail_outbox" + WHERE
                        + " order by id desc limit :limit")
                .param("like", like)
                .param("limit", limit)
                .query(MailOutboxStore::row)
                .stream()
                .forEach(consumer);
    }

    private static MailView row(ResultSet rs, int n) throws SQLException {
        return new MailView(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getTimestamp("created_at").toInstant());
    }
}
