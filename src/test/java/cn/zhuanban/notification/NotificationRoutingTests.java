package cn.zhuanban.notification;

import static cn.zhuanban.notification.NotificationFixtures.newTicketId;
import static cn.zhuanban.notification.NotificationFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketCardRaised;
import cn.zhuanban.ticket.TicketEscalated;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Who is told what when the ticket module publishes its events (issue 4). */
@IntegrationTest
class NotificationRoutingTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationManagement notifications;

    NotificationFixtures fixtures;
    long department;
    long handler;
    long otherHandler;
    long memberWithoutHandlerRole;
    long handlerElsewhere;

    @BeforeEach
    void people() {
        fixtures = new NotificationFixtures(context);
        department = fixtures.department();
        handler = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, department);
        otherHandler = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, department);
        memberWithoutHandlerRole = fixtures.user(BuiltinRoles.TASK_FORCE_MEMBER, department);
        handlerElsewhere = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, fixtures.department());
    }

    @Test
    void assignmentTellsTheHandlersOfTheLeadDepartmentOnly() {
        long ticket = newTicketId();

        fixtures.publish(step(ticket, 2, "ticket.assigned", department, null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(items(handler)).singleElement().satisfies(item -> {
                assertThat(item.messageKey()).isEqualTo("notification.ticket.assigned");
                assertThat(item.args()).containsExactly("测试工单" + ticket);
                assertThat(item.link()).isEqualTo("/tickets/" + ticket);
                assertThat(item.unread()).isTrue();
            });
            assertThat(items(otherHandler)).hasSize(1);
        });
        assertThat(items(memberWithoutHandlerRole)).isEmpty();
        assertThat(items(handlerElsewhere)).isEmpty();
    }

    @Test
    void reviewPassedAsksTheReporterToRate() {
        long ticket = newTicketId();
        long reporter = fixtures.user(BuiltinRoles.ENTERPRISE_CONTACT, null);

        fixtures.publish(step(ticket, 7, "ticket.review-passed", department, reporter));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items(reporter))
                        .singleElement()
                        .satisfies(
                                item -> assertThat(item.messageKey()).isEqualTo("notification.ticket.review-passed")));
        assertThat(items(handler)).isEmpty();
    }

    @Test
    void redCardTellsHandlersTheHeadAndTheLeadOfficialOnceEach() {
        long ticket = newTicketId();
        long lead = fixtures.user(BuiltinRoles.LEAD_OFFICIAL, null);
        fixtures.appointHead(department, handler);

        fixtures.publish(new TicketCardRaised(
                Actor.of("system"), ticket, TicketCard.RED, 1L, department, lead, "红牌工单" + ticket));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(items(lead))
                    .singleElement()
                    .satisfies(item -> assertThat(item.messageKey()).isEqualTo("notification.ticket.card-red"));
            assertThat(items(handler)).as("head and handler at once, told once").hasSize(1);
            assertThat(items(otherHandler)).hasSize(1);
        });
        assertThat(items(memberWithoutHandlerRole)).isEmpty();
    }

    @Test
    void aRedCardForANewResolveDeadlineIsToldAgainButARedeliveredOneIsNot() {
        long ticket = newTicketId();
        long lead = fixtures.user(BuiltinRoles.LEAD_OFFICIAL, null);
        java.time.LocalDate first = java.time.LocalDate.of(2026, 10, 12);
        java.time.LocalDate extended = java.time.LocalDate.of(2026, 10, 26);

        for (java.time.LocalDate due : List.of(first, first, extended)) {
            fixtures.publish(new TicketCardRaised(
                    Actor.of("system"),
                    ticket,
                    TicketCard.RED,
                    1L,
                    department,
                    lead,
                    "延期后红牌" + ticket,
                    cn.zhuanban.ticket.TicketDeadline.RESOLVE,
                    due));
        }

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items(lead))
                        .hasSize(2)
                        .allSatisfy(item -> assertThat(item.messageKey()).isEqualTo("notification.ticket.card-red")));
    }

    @Test
    void escalationToTheWeeklyMeetingTellsTheDistrictLeadersNotTheOthersWhoFollowEscalations() {
        long ticket = newTicketId();
        long leader = fixtures.user(BuiltinRoles.DISTRICT_LEADER, null);
        // holds the permission to follow escalations too, but the ladder's last rung is the district leader's
        long supervision = fixtures.user(BuiltinRoles.SUPERVISION, null);

        fixtures.publish(new TicketEscalated(
                Actor.of("system"), ticket, EscalationLevel.MEETING, 1L, department, null, "上会工单" + ticket));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items(leader))
                        .singleElement()
                        .satisfies(item ->
                                assertThat(item.messageKey()).isEqualTo("notification.ticket.escalated-meeting")));
        assertThat(items(handler)).isEmpty();
        assertThat(items(supervision)).isEmpty();
    }

    private List<InboxItemView> items(long userId) {
        return notifications.inbox(userId, false, PageQuery.of(0, 50)).content();
    }
}
