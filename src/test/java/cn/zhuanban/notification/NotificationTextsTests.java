package cn.zhuanban.notification;

import static cn.zhuanban.notification.NotificationFixtures.newTicketId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketCardRaised;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketStepRecorded;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the notices say and how they go out (issue 4): the assignment names its deadlines, a
 * proposed rejection asks the lead official, sign cards name the sign deadline, texts that leave
 * the platform are in the recipient's language, and a department robot posts once per group.
 */
@IntegrationTest
class NotificationTextsTests {

    static final LocalDate SIGN_BY = LocalDate.of(2026, 9, 30);
    static final LocalDate FEEDBACK_BY = LocalDate.of(2026, 10, 9);
    static final LocalDate RESOLVE_BY = LocalDate.of(2026, 10, 14);

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationManagement notifications;

    @Autowired
    NotificationSettings settings;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    NotificationFixtures fixtures;
    long department;
    long handler;
    long englishHandler;

    @BeforeEach
    void people() {
        fixtures = new NotificationFixtures(context);
        department = fixtures.department();
        handler = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, department);
        englishHandler = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, department);
        identity.changeLocale(englishHandler, "en");
    }

    @Test
    void theAssignmentNoticeNamesTheSignFeedbackAndResolveDeadlinesInEachRecipientsLanguage() {
        settings.choose(handler, new ChannelPreferences(true, true, false));
        settings.choose(englishHandler, new ChannelPreferences(true, false, false));
        long ticket = newTicketId();

        fixtures.publish(assigned(ticket));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items(handler)).singleElement().satisfies(item -> {
                    assertThat(item.messageKey()).isEqualTo("notification.ticket.assigned-with-deadlines");
                    assertThat(item.args()).containsExactly("交办工单" + ticket, "2026-09-30", "2026-10-09", "2026-10-14");
                }));
        await().atMost(Duration.ofSeconds(10)).until(() -> body(ticket, handler, Channel.SMS) != null);
        assertThat(body(ticket, handler, Channel.SMS))
                .contains("交办工单" + ticket)
                .contains("请于2026-09-30前签收")
                .contains("2026-10-09前首次反馈")
                .contains("2026-10-14前办结");
        assertThat(body(ticket, handler, Channel.EMAIL)).isEqualTo(body(ticket, handler, Channel.SMS));
        await().atMost(Duration.ofSeconds(10)).until(() -> body(ticket, englishHandler, Channel.EMAIL) != null);
        assertThat(body(ticket, englishHandler, Channel.EMAIL))
                .startsWith("Ticket \"交办工单" + ticket + "\" was assigned to your department")
                .contains("sign by 2026-09-30, first feedback by 2026-10-09, resolve by 2026-10-14");
        assertThat(subject(ticket, englishHandler, Channel.EMAIL)).doesNotContain("请于");
    }

    @Test
    void anAssignmentStoredBeforeDeadlinesWereCarriedKeepsTheNoticeWithoutThem() {
        long ticket = newTicketId();

        fixtures.publish(NotificationFixtures.step(ticket, 2, "ticket.assigned", department, null));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items(handler))
                        .singleElement()
                        .satisfies(item -> assertThat(item.messageKey()).isEqualTo("notification.ticket.assigned")));
    }

    @Test
    void aProposedRejectionAsksTheLeadOfficialToConfirmWithTheReason() {
        long lead = fixtures.user(BuiltinRoles.LEAD_OFFICIAL, null);
        long ticket = newTicketId();

        fixtures.publish(new TicketStepRecorded(
                Actor.of("dispatch"),
                ticket,
                2,
                "ticket.rejection-proposed",
                TicketState.REPORTED,
                TicketState.REPORTED,
                1L,
                null,
                null,
                lead,
                "拟不予受理" + ticket,
                "",
                null,
                null,
                null,
                "属于企业内部经营事项"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items(lead)).singleElement().satisfies(item -> {
                    assertThat(item.messageKey()).isEqualTo("notification.ticket.rejection-proposed");
                    assertThat(item.args()).containsExactly("拟不予受理" + ticket, "属于企业内部经营事项");
                }));
        assertThat(items(handler)).isEmpty();
    }

    @Test
    void aSignCardNamesTheSignDeadline() {
        long ticket = newTicketId();

        fixtures.publish(new TicketCardRaised(
                Actor.of("system"),
                ticket,
                TicketCard.RED,
                1L,
                department,
                null,
                "未签收" + ticket,
                TicketDeadline.SIGN,
                SIGN_BY));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items(handler)).singleElement().satisfies(item -> {
                    assertThat(item.messageKey()).isEqualTo("notification.ticket.card-red-sign");
                    assertThat(item.args()).containsExactly("未签收" + ticket, "2026-09-30");
                }));
    }

    @Test
    void aResolveYellowCardNamesTheDeadlineDateInsteadOfACountThatOnlyHeldWhenItWasWritten() {
        long ticket = newTicketId();

        fixtures.publish(new TicketCardRaised(
                Actor.of("system"),
                ticket,
                TicketCard.YELLOW,
                1L,
                department,
                null,
                "将到期" + ticket,
                TicketDeadline.RESOLVE,
                RESOLVE_BY));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items(handler)).singleElement().satisfies(item -> {
                    assertThat(item.messageKey()).isEqualTo("notification.ticket.card-yellow-resolve");
                    assertThat(item.args()).containsExactly("将到期" + ticket, "2026-10-14");
                }));
        assertThat(messages.getMessage(
                        "notification.ticket.card-yellow-resolve",
                        new Object[] {"将到期", "2026-10-14"},
                        Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("黄牌预警：工单《将到期》须于2026-10-14前办结，请抓紧办理");
        assertThat(messages.getMessage(
                        "notification.ticket.card-yellow", new Object[] {"旧"}, Locale.SIMPLIFIED_CHINESE))
                .as("an undated card stored earlier claims no count of days either")
                .doesNotContain("仅剩");
    }

    @Test
    void aDepartmentRobotPostsOncePerGroupAndStepMentioningEveryoneEvenWhenToldAgain() {
        settings.configureRobots(
                department,
                new RobotForm("https://127.0.0.1:9/cgi-bin/webhook/send?key=t", null, null, false, false, 0));
        settings.choose(handler, new ChannelPreferences(false, false, true));
        settings.choose(englishHandler, new ChannelPreferences(false, false, true));
        long ticket = newTicketId();
        TicketStepRecorded event = assigned(ticket);

        fixtures.publish(event);
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(ticket).size() == 1);
        fixtures.publish(event);
        await().atMost(Duration.ofSeconds(10)).until(() -> completedPublications(ticket) == 2);

        assertThat(deliveries(ticket)).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("ticket:" + ticket + ":step:2:d" + department + ":WECOM");
            assertThat(row.channel()).isEqualTo("WECOM");
            assertThat(row.address().split(",")).hasSize(2);
            assertThat(row.body())
                    .as("a mixed group gets the district's language")
                    .contains("请于2026-09-30前签收");
        });
        assertThat(items(handler))
                .as("each person's inbox still has the notice")
                .hasSize(1);
    }

    private TicketStepRecorded assigned(long ticket) {
        return new TicketStepRecorded(
                Actor.of("dispatch"),
                ticket,
                2,
                "ticket.assigned",
                TicketState.REPORTED,
                TicketState.ASSIGNED,
                1L,
                department,
                null,
                null,
                "交办工单" + ticket,
                "",
                SIGN_BY,
                FEEDBACK_BY,
                RESOLVE_BY,
                null);
    }

    record Row(String key, String channel, String address, String body) {}

    private List<Row> deliveries(long ticket) {
        return jdbc.sql("select idempotency_key, channel, address, body from notification_delivery"
                        + " where idempotency_key like :prefix")
                .param("prefix", "ticket:" + ticket + ":%")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private long completedPublications(long ticket) {
        return jdbc.sql("""
                        select count(*) from event_publication where listener_id = 'notification.ticket-step'
                        and completion_date is not null and serialized_event like :ticket""")
                .param("ticket", "%\"ticketId\":" + ticket + ",%")
                .query(Long.class)
                .single();
    }

    private String body(long ticket, long user, Channel channel) {
        return column("body", ticket, user, channel);
    }

    private String subject(long ticket, long user, Channel channel) {
        return column("subject", ticket, user, channel);
    }

    private String column(String column, long ticket, long user, Channel channel) {
        return jdbc.sql("select " + column + " from notification_delivery where idempotency_key = :key")
                .param("key", "ticket:" + ticket + ":step:2:u" + user + ":" + channel)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private List<InboxItemView> items(long userId) {
        return notifications.inbox(userId, false, PageQuery.of(0, 50)).content();
    }
}
