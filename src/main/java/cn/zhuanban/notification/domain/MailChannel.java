package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.Channel;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through SMTP when {@code spring.mail.host} is configured (Spring Boot then provides the
 * sender); otherwise the mail is logged and kept in the mail outbox for administrators to read,
 * which is what the embedded demo does.
 */
@Component
class MailChannel implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final MailOutboxStore mailOutbox;
    private final Clock clock;
    private final String from;

    MailChannel(
            ObjectProvider<JavaMailSender> smtp,
            MailOutboxStore mailOutbox,
            Clock clock,
            @Value("${zhuanban.notification.mail-from:noreply@zhuanban.local}") String from) {
        this.smtp = smtp;
        this.mailOutbox = mailOutbox;
        this.clock = clock;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(DeliveryTask task) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info(
                    "No SMTP server configured; mail to {} kept in the mail outbox: {}",
                    task.address(),
                    task.subject());
            mailOutbox.record(task.address(), task.subject(), task.body(), clock.instant());
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(task.address());
        mail.setSubject(task.subject());
        mail.setText(task.body());
        sender.send(mail);
    }
}
