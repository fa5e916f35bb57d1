/**
 * Notifications: an in-app inbox with an unread badge, e-mail (SMTP, or a mail outbox page when no
 * server is configured), WeCom and DingTalk group robots and an SMS port. Listens to the ticket
 * events, the missing monthly investment report reminders and dissatisfied service evaluations through the event publication registry and fans each notice out into an outbox of
 * deliveries, one per person, step and channel, sent and retried by a scheduled job. Other modules
 * may call {@link cn.zhuanban.notification.NotificationManagement#notify}. Publishes
 * {@link cn.zhuanban.notification.NotificationSettingsChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package cn.zhuanban.notification;
