package cn.zhuanban.notification.domain;

import static cn.zhuanban.notification.NotificationFixtures.newTicketId;
import static cn.zhuanban.notification.NotificationFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.notification.Channel;
import cn.zhuanban.notification.ChannelPreferences;
import cn.zhuanban.notification.DeliveryStatus;
import cn.zhuanban.notification.NotificationFixtures;
import cn.zhuanban.notification.NotificationManagement;
import cn.zhuanban.notification.NotificationSettings;
import cn.zhuanban.notification.RobotForm;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.TicketStepRecorded;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * The outbox promises of issue 4: at least once (a committed event whose listener never ran is
 * delivered when the registry resubmits it, as it does at restart), never twice per person and
 * step (a publication delivered again changes nothing), retried with back-off when a channel
 * fails, FAILED in the end.
 */
@IntegrationTest
class NotificationOutboxTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationManagement notifications;

    @Autowired
    NotificationSettings settings;

    @Autowired
    DeliveryOutbox outbox;

    @Autowired
    DeliveryRunner runner;

    @Autowired
    RetryPolicy policy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    IncompleteEventPublications incompletePublications;

    NotificationFixtures fixtures;
    long department;
    long handler;

    @BeforeEach
    void people() {
        fixtures = new NotificationFixtures(context);
        department = fixtures.department();
        handler = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, department);
    }

    @Test
    void anEventDeliveredAgainTellsEachPersonOncePerChannel() {
        settings.choose(handler, new ChannelPreferences(true, true, false));
        long ticket = newTicketId();
        fixtures.publish(step(ticket, 3, "ticket.assigned", department, null));
        UUID publication =
                await().atMost(Duration.ofSeconds(10)).until(() -> completedPublication(ticket), Objects::nonNull);
        // The app died after the listener committed but before the registry noted it: at restart the
        // registry delivers the same publication again.
        jdbc.sql("update event_publication set completion_date = null, status = 'PUBLISHED' where id = :id")
                .param("id", publication)
                .update();

        incompletePublications.resubmitIncompletePublications(
                p -> p.getIdentifier().equals(publication));

        await().atMost(Duration.ofSeconds(10)).until(() -> publication.equals(completedPublication(ticket)));
        assertThat(notifications.inbox(handler, false, PageQuery.of(0, 50)).content())
                .hasSize(1);
        assertThat(deliveryKeys(ticket))
                .containsExactlyInAnyOrder(
                        "ticket:" + ticket + ":step:3:u" + handler + ":EMAIL",
                        "ticket:" + ticket + ":step:3:u" + handler + ":SMS");
    }

    @Test
    void aMailWithoutSmtpServerIsSentToTheMailOutbox() {
        settings.choose(handler, new ChannelPreferences(true, false, false));
        long ticket = newTicketId();
        fixtures.publish(step(ticket, 1, "ticket.assigned", department, null));
        DeliveryTask mail = awaitDelivery(ticket, 1, Channel.EMAIL);

        assertThat(runner.attempt(mail, mail.nextAttemptAt())).isTrue();

        assertThat(outbox.find(mail.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(jdbc.sql("select count(*) from notification_mail_outbox where recipient = :to and body like :body")
                        .param("to", mail.address())
                        .param("body", "%/tickets/" + ticket)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFailingRobotIsRetriedWithExponentialBackOffUntilItFails() throws IOException {
        settings.configureRobots(
                department,
                new RobotForm(
                        null,
                        "https://127.0.0.1:" + closedPort() + "/robot/send?access_token=t",
                        "SECtest",
                        false,
                        false,
                        0));
        settings.choose(handler, new ChannelPreferences(false, false, true));
        long ticket = newTicketId();
        fixtures.publish(step(ticket, 1, "ticket.assigned", department, null));
        DeliveryTask task = awaitKey("ticket:" + ticket + ":step:1:d" + department + ":" + Channel.DINGTALK);

        List<Duration> waits = new ArrayList<>();
        while (task.status() == DeliveryStatus.PENDING) {
            Instant attemptAt = task.nextAttemptAt();
            assertThat(runner.attempt(task, attemptAt)).isTrue();
            task = outbox.find(task.id()).orElseThrow();
            if (task.status() == DeliveryStatus.PENDING) {
                waits.add(Duration.between(attemptAt, task.nextAttemptAt()));
            }
        }

        assertThat(task.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(task.attempts()).isEqualTo(policy.maxAttempts());
        assertThat(waits).hasSize(policy.maxAttempts() - 1);
        for (int i = 0; i < waits.size(); i++) {
            assertThat(waits.get(i)).isEqualTo(Duration.ofMinutes(1L << i));
        }
        assertThat(jdbc.sql("select last_error from notification_delivery where id = :id")
                        .param("id", task.id())
                        .query(String.class)
                        .single())
                .isNotBlank();
    }

    @Test
    void aCommittedEventWhoseListenerNeverRanIsDeliveredWhenTheRegistryResubmitsIt() {
        long ticket = newTicketId();
        TicketStepRecorded assigned = step(ticket, 2, "ticket.assigned", department, null);
        // What a crash right after the ticket's commit leaves behind: a stored, incomplete publication.
        TargetEventPublication stored = publications.create(
                TargetEventPublication.of(assigned, PublicationTargetIdentifier.of(TicketNotifications.STEP_LISTENER)));
        assertThat(notifications.unreadCount(handler)).isZero();

        incompletePublications.resubmitIncompletePublications(
                publication -> publication.getIdentifier().equals(stored.getIdentifier()));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(notifications
                                .inbox(handler, false, PageQuery.of(0, 10))
                                .content())
                        .singleElement()
                        .satisfies(item -> assertThat(item.link()).isEqualTo("/tickets/" + ticket)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql(
                                        "select count(*) from event_publication where id = :id and completion_date is not null")
                                .param("id", stored.getIdentifier())
                                .query(Long.class)
                                .single()
                        == 1);
    }

    private DeliveryTask awaitDelivery(long ticket, int step, Channel channel) {
        return awaitKey("ticket:" + ticket + ":step:" + step + ":u" + handler + ":" + channel);
    }

    private DeliveryTask awaitKey(String key) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.findByKey(key), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private List<String> deliveryKeys(long ticket) {
        return jdbc.sql("select idempotency_key from notification_delivery where idempotency_key like :prefix")
                .param("prefix", "ticket:" + ticket + ":%")
                .query(String.class)
                .list();
    }

    private UUID completedPublication(long ticket) {
        return jdbc.sql("""
                        select id from event_publication where listener_id = :listener
                        and completion_date is not null and serialized_event like :ticket""")
                .param("listener", TicketNotifications.STEP_LISTENER)
                .param("ticket", "%\"ticketId\":" + ticket + ",%")
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
