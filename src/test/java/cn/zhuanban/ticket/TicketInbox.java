package cn.zhuanban.ticket;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What a person's inbox holds about a ticket, for tests that wait for a notice. */
final class TicketInbox {

    private TicketInbox() {}

    static long notices(JdbcClient jdbc, long userId, String messageKey, long ticketId) {
        return jdbc.sql(
                        "select count(*) from notification_inbox where user_id = :u and message_key = :k and link = :link")
                .param("u", userId)
                .param("k", messageKey)
                .param("link", "/tickets/" + ticketId)
                .query(Long.class)
                .single();
    }
}
