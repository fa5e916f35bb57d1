package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.InboxItemView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The in-app inbox. Items hold a message key and arguments (joined with the unit separator, which
 * no title contains once stripped) and are unique by idempotency key, so a notice re-delivered
 * after a crash does not appear twice.
 */
@Component
public class InboxStore {

    private static final String SEPARATOR = "\u001F";
    private static final int MAX_ARG = 300;

    private final JdbcClient jdbc;
    private final InsertOnce once;

    InboxStore(JdbcClient jdbc, InsertOnce once) {
        this.jdbc = jdbc;
        this.once = once;
    }

    /** Adds the item unless one with the key exists (checked first, the unique index decides); true when added. */
    public boolean add(long userId, String key, String messageKey, List<String> args, String link, Instant now) {
        boolean exists = jdbc.sql("select count(*) from notification_inbox where idempotency_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
        return !exists
                && once.insert(() -> jdbc.sql("""
                        insert into notification_inbox (user_id, message_key, args, link, idempotency_key, created_at)
                        values (:user, :messageKey, :args, :link, :key, :now)""")
                        .param("user", userId)
                        .param("messageKey", messageKey)
                        .param("args", join(args))
                        .param("link", link)
                        .param("key", key)
                        .param("now", Timestamp.from(now))
                        .update());
    }

    /**
     * A page of the user's items; with a {@code like} pattern ({@code LikeText}) only those naming it in their
     * arguments or of one of {@code messageKeys} (the notices whose wording contains the words).
     */
    public PageResult<InboxItemView> page(
            long userId, boolean unreadOnly, String like, Collection<String> messageKeys, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        params.put("user", userId);
        String where = " where user_id = :user" + (unreadOnly ? " and read_at is null" : "");
        if (like != null) {
            where += " and (lower(args) like :like escape '!'"
                    + (messageKeys.isEmpty() ? "" : " or message_key in (:keys)") + ")";
            params.put("like", like);
            if (!messageKeys.isEmpty()) {
                params.put("keys", messageKeys);
            }
        }
        long total = jdbc.sql("select count(*) from notification_inbox" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<InboxItemView> rows = jdbc.sql(
                        "select * from notification_inbox" + where + " order by id desc limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(InboxStore::row)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The kinds of notice the user has received: what a search compares its words with. */
    public List<String> messageKeys(long userId) {
        return jdbc.sql("select distinct message_key from notification_inbox where user_id = :user")
                .param("user", userId)
                .query(String.class)
                .list();
    }

    /** Served by the (user_id, read_at) index: cheap enough for the header of every page. */
    public long unread(long userId) {
        return jdbc.sql("select count(*) from notification_inbox where user_id = :user and read_at is null")
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    public Optional<InboxItemView> find(long userId, long id) {
        return jdbc.sql("select * from notification_inbox where id = :id and user_id = :user")
                .param("id", id)
                .param("user", userId)
                .query(InboxStore::row)
                .optional();
    }

    public void markRead(long userId, long id, Instant now) {
        jdbc.sql("update notification_inbox set read_at = :now where id = :id and user_id = :user and read_at is null")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("user", userId)
                .update();
    }

    public int markAllRead(long userId, Instant now) {
        return jdbc.sql("update notification_inbox set read_at = :now where user_id = :user and read_at is null")
                .param("now", Timestamp.from(now))
                .param("user", userId)
                .update();
    }

    private static InboxItemView row(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        String args = rs.getString("args");
        return new InboxItemView(
                rs.getLong("id"),
                rs.getString("message_key"),
                args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }

    private static String join(List<String> args) {
        return String.join(
                SEPARATOR,
                args.stream()
                        .map(a -> clip(a == null ? "" : a.replace(SEPARATOR, " ")))
                        .toList());
    }

    private static String clip(String s) {
        return s.length() > MAX_ARG ? s.substring(0, MAX_ARG) : s;
    }
}
