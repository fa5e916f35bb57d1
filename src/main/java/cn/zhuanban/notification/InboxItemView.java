package cn.zhuanban.notification;

import java.time.Instant;
import java.util.List;

/**
 * A message in a user's inbox. Kept as a message key and its arguments, so that each reader sees
 * it in their own language.
 */
public record InboxItemView(
        long id, String messageKey, List<String> args, String link, Instant createdAt, Instant readAt) {

    public InboxItemView {
        args = List.copyOf(args);
    }

    public boolean unread() {
        return readAt == null;
    }

    /** The arguments as the message resolver wants them. */
    public Object[] messageArgs() {
        return args.toArray();
    }
}
