package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.MailView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where mails go when no SMTP server is configured, so that a demo shows what would be sent. */
@Component
public class MailOutboxStore {

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

    public PageResult<MailView> page(PageQuery page) {
        long total = jdbc.sql("select count(*) from notification_mail_outbox")
                .query(Long.class)
                .single();
        var rows = jdbc.sql(
                        "select id, recipient, created_at from notification_mail_outbox order by id desc limit :limit offset :offset")
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new MailView(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }
}
