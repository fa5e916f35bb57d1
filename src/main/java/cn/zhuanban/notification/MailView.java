package cn.zhuanban.notification;

import java.time.Instant;

/**
 * A mail that went to the mail outbox because no SMTP server is configured (demo, test), as the system administrator
 * sees it: to whom and when, not its subject and body, which carry business content (see {@link DeliveryView}); the
 * recipient reads the same notice in the platform's inbox.
 */
public record MailView(long id, String recipient, Instant createdAt) {}
