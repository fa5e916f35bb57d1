package cn.zhuanban.notification;

import java.time.Instant;

/** A mail that went to the mail outbox because no SMTP server is configured (demo, test). */
public record MailView(long id, String recipient, String subject, String body, Instant createdAt) {}
