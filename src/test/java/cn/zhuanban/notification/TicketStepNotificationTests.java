package cn.zhuanban.notification;

import static cn.zhuanban.notification.NotificationFixtures.newTicketId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.TicketSource;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketStepRecorded;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every ticket step tells whoever acts next, and the reporter sees his problem move: each notice arrives once, to
 * the right people and not to others, and not to whoever made the step.
 */
@IntegrationTest
class TicketStepNotificationTests {

    static final LocalDate DUE = LocalDate.of(2026, 12, 18);

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationManagement notifications;

    NotificationFixtures fixtures;
    long department;
    long handler;
    long otherHandler;
    long handlerElsewhere;
    long dispatcher;
    long reporter;

    @BeforeEach
    void people() {
        fixtures = new NotificationFixtures(context);
        department = fixtures.department();
        handler = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, department);
        otherHandler = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, department);
        handlerElsewhere = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, fixtures.department());
        dispatcher = fixtures.user(BuiltinRoles.DISPATCH_OFFICE, null);
        reporter = fixtures.user(BuiltinRoles.ENTERPRISE_CONTACT, null);
    }

    @Test
    void aNewTicketTellsTheDispatchOfficeButNotTheReporterOrTheDepartments() {
        long ticket = newTicketId();

        fixtures.publish(step(ticket, 1, "ticket.reported", reporter, null));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(keys(dispatcher, ticket)).containsExactly("notification.ticket.reported"));
        assertThat(keys(reporter, ticket)).isEmpty();
        assertThat(keys(handler, ticket)).isEmpty();
    }

    @Test
    void aMeetingActionOrALeadersInstructionIsNotNewsToTheOfficeOnlyItsAssignmentToTheDepartment() {
        long instruction = newTicketId();
        long meeting = newTicketId();
        long reported = newTicketId();
        long leader = fixtures.user(BuiltinRoles.DISTRICT_LEADER, null);

        fixtures.publish(
                sourced(step(instruction, 1, "ticket.reported", leader, null, leader), TicketSource.INSTRUCTION));
        fixtures.publish(
                sourced(step(instruction, 2, "ticket.assigned", leader, null, leader), TicketSource.INSTRUCTION));
        fixtures.publish(sourced(step(meeting, 1, "ticket.reported", reporter, null), TicketSource.MEETING));
        fixtures.publish(sourced(step(reported, 1, "ticket.reported", reporter, null), TicketSource.REPORT));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(keys(dispatcher, reported)).containsExactly("notification.ticket.reported");
            assertThat(keys(handler, instruction)).containsExactly("notification.ticket.assigned-with-deadlines");
        });
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> keys(dispatcher, instruction).isEmpty()
                        && keys(dispatcher, meeting).isEmpty());
    }

    @Test
    void aDispatcherIsNotToldOfTheTicketHeReportedHimself() {
        long ticket = newTicketId();
        long otherDispatcher = fixtures.user(BuiltinRoles.DISPATCH_OFFICE, null);

        fixtures.publish(step(ticket, 1, "ticket.reported", dispatcher, null));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(keys(otherDispatcher, ticket)).containsExactly("notification.ticket.reported"));
        assertThat(keys(dispatcher, ticket)).isEmpty();
    }

    @Test
    void aResolutionAsksDispatchToReviewAndTellsTheReporterOnceEach() {
        long ticket = newTicketId();

        fixtures.publish(step(ticket, 5, "ticket.resolved", handler, null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(keys(dispatcher, ticket)).containsExactly("notification.ticket.resolved");
            assertThat(keys(reporter, ticket)).containsExactly("notification.ticket.resolved-reporter");
        });
        assertThat(keys(handler, ticket)).as("who resolved it").isEmpty();
        assertThat(keys(otherHandler, ticket)).isEmpty();
    }

    @Test
    void aDispatcherWhoReportedTheTicketIsToldOfItsResolutionOnlyOnce() {
        long ticket = newTicketId();
        long reportingDispatcher = fixtures.user(BuiltinRoles.DISPATCH_OFFICE, null);
        TicketStepRecorded resolved = step(ticket, 5, "ticket.resolved", handler, null, reportingDispatcher);

        fixtures.publish(resolved);
        fixtures.publish(resolved); // delivered again: changes nothing

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(keys(dispatcher, ticket)).hasSize(1));
        assertThat(keys(reportingDispatcher, ticket)).containsExactly("notification.ticket.resolved");
    }

    @Test
    void anExtensionRequestAsksWhoeverDecidesExtensions() {
        long ticket = newTicketId();

        fixtures.publish(step(ticket, 4, "ticket.extension-requested", handler, DUE + " 设备未到"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items(dispatcher, ticket))
                        .singleElement()
                        .satisfies(item -> {
                            assertThat(item.messageKey()).isEqualTo("notification.ticket.extension-requested");
                            assertThat(item.args()).containsExactly("测试工单" + ticket, DUE + " 设备未到");
                        }));
        assertThat(keys(otherHandler, ticket)).isEmpty();
        assertThat(keys(reporter, ticket)).isEmpty();
    }

    @Test
    void aReturnRequestAsksDispatch() {
        long ticket = newTicketId();

        fixtures.publish(step(ticket, 3, "ticket.return-requested", handler, "不属本部门职责"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(keys(dispatcher, ticket)).containsExactly("notification.ticket.return-requested"));
        assertThat(keys(reporter, ticket)).isEmpty();
    }

    @Test
    void anApprovedExtensionTellsTheDepartmentAndTheReporterTheNewDeadline() {
        long ticket = newTicketId();

        fixtures.publish(decided(ticket, DUE + " 同意", "APPROVED"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(items(handler, ticket)).singleElement().satisfies(item -> {
                assertThat(item.messageKey()).isEqualTo("notification.ticket.extension-approved");
                assertThat(item.args()).containsExactly("测试工单" + ticket, DUE.toString());
            });
            assertThat(keys(otherHandler, ticket)).containsExactly("notification.ticket.extension-approved");
            assertThat(keys(reporter, ticket)).containsExactly("notification.ticket.extended-reporter");
        });
        assertThat(keys(handlerElsewhere, ticket)).isEmpty();
        assertThat(keys(dispatcher, ticket)).isEmpty();
    }

    @Test
    void aRefusedExtensionTellsTheDepartmentOnly() {
        long ticket = newTicketId();

        fixtures.publish(decided(ticket, DUE + " 理由不充分", "REFUSED"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items(handler, ticket))
                        .singleElement()
                        .satisfies(item -> {
                            assertThat(item.messageKey()).isEqualTo("notification.ticket.extension-refused");
                            assertThat(item.args()).containsExactly("测试工单" + ticket, DUE + " 理由不充分");
                        }));
        assertThat(keys(reporter, ticket)).isEmpty();
    }

    @Test
    void aReopeningAfterDissatisfactionTellsTheDepartmentAndConfirmsTheNewDeadlineToTheReporter() {
        long ticket = newTicketId();

        fixtures.publish(step(ticket, 8, "ticket.reopened", reporter, "没有解决"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(items(handler, ticket)).singleElement().satisfies(item -> {
                assertThat(item.messageKey()).isEqualTo("notification.ticket.reopened");
                assertThat(item.args()).containsExactly("测试工单" + ticket, DUE.toString());
            });
            assertThat(keys(otherHandler, ticket)).hasSize(1);
            assertThat(keys(reporter, ticket)).containsExactly("notification.ticket.reopened-reporter");
            assertThat(items(dispatcher, ticket)).singleElement().satisfies(item -> {
                assertThat(item.messageKey()).isEqualTo("notification.ticket.reopened-dispatch");
                assertThat(item.args()).containsExactly("测试工单" + ticket, "没有解决", DUE.toString());
            });
        });
        assertThat(keys(handlerElsewhere, ticket)).isEmpty();
    }

    @Test
    void aClosingRatingTellsTheOfficeAndTheDepartmentInTheRatingsWordsButNotTheReporterWhoGaveIt() {
        long satisfied = newTicketId();
        long dissatisfied = newTicketId();

        fixtures.publish(recorded(satisfied, 9, "ticket.rated", reporter, null, "BASICALLY_SATISFIED", null));
        fixtures.publish(recorded(dissatisfied, 12, "ticket.rated", reporter, "还是没通电", "DISSATISFIED", null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (long told : List.of(dispatcher, handler, otherHandler)) {
                assertThat(keys(told, satisfied)).containsExactly("notification.ticket.rated-basically-satisfied");
                assertThat(items(told, dissatisfied)).singleElement().satisfies(item -> {
                    assertThat(item.messageKey()).isEqualTo("notification.ticket.rated-dissatisfied");
                    assertThat(item.args()).containsExactly("测试工单" + dissatisfied, "还是没通电");
                });
            }
        });
        assertThat(keys(reporter, satisfied)).isEmpty();
        assertThat(keys(reporter, dissatisfied)).isEmpty();
        assertThat(keys(handlerElsewhere, dissatisfied)).isEmpty();
    }

    @Test
    void aCloseForNoRatingTellsTheOfficeAndTheDepartmentButNotTheReporter() {
        long ticket = newTicketId();
        TicketStepRecorded byTheJob = step(ticket, 9, "ticket.closed-no-response", dispatcher, null);
        fixtures.publish(new TicketStepRecorded(
                Actor.of(Actor.SYSTEM),
                byTheJob.ticketId(),
                byTheJob.step(),
                byTheJob.action(),
                TicketState.AWAITING_FEEDBACK,
                TicketState.CLOSED,
                byTheJob.projectId(),
                byTheJob.departmentId(),
                byTheJob.reporterId(),
                byTheJob.leadOfficialId(),
                byTheJob.title(),
                byTheJob.summary(),
                null,
                null,
                DUE,
                null,
                null,
                null,
                null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (long told : List.of(dispatcher, handler, otherHandler)) {
                assertThat(items(told, ticket)).singleElement().satisfies(item -> {
                    assertThat(item.messageKey()).isEqualTo("notification.ticket.closed-no-response");
                    assertThat(item.args()).containsExactly("测试工单" + ticket);
                });
            }
        });
        assertThat(keys(reporter, ticket)).isEmpty();
        assertThat(keys(handlerElsewhere, ticket)).isEmpty();
    }

    @Test
    void aSuspensionAndTheResumptionTellTheDepartmentAndTheOfficeButNotTheLeadOfficialWhoMadeThem() {
        long ticket = newTicketId();
        long leadOfficial = fixtures.user(BuiltinRoles.LEAD_OFFICIAL, null);

        fixtures.publish(recorded(ticket, 6, "ticket.suspended", leadOfficial, "停工待审批", null, null));
        fixtures.publish(recorded(ticket, 7, "ticket.resumed", leadOfficial, null, null, null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (long told : List.of(dispatcher, handler, otherHandler)) {
                assertThat(items(told, ticket))
                        .extracting(InboxItemView::messageKey, InboxItemView::args)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple(
                                        "notification.ticket.suspended", List.of("测试工单" + ticket, "停工待审批")),
                                org.assertj.core.groups.Tuple.tuple(
                                        "notification.ticket.resumed-with-deadline",
                                        List.of("测试工单" + ticket, DUE.toString())));
            }
        });
        assertThat(keys(leadOfficial, ticket)).isEmpty();
        assertThat(keys(reporter, ticket)).isEmpty();
        assertThat(keys(handlerElsewhere, ticket)).isEmpty();
    }

    @Test
    void aMergeTellsTheReporterWhichTicketHisProblemIsHandledInNow() {
        long ticket = newTicketId();
        long into = newTicketId();

        fixtures.publish(recorded(ticket, 2, "ticket.merged", dispatcher, "重复反映", null, into));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items(reporter, ticket))
                        .singleElement()
                        .satisfies(item -> {
                            assertThat(item.messageKey()).isEqualTo("notification.ticket.merged");
                            assertThat(item.args()).containsExactly("测试工单" + ticket, Long.toString(into));
                        }));
        assertThat(keys(dispatcher, ticket)).isEmpty();
        assertThat(keys(handler, ticket)).isEmpty();
    }

    @Test
    void aResolutionSentBackTellsTheDepartment() {
        long ticket = newTicketId();

        fixtures.publish(step(ticket, 6, "ticket.sent-back", dispatcher, "未附现场照片"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(keys(handler, ticket)).containsExactly("notification.ticket.sent-back"));
        assertThat(keys(reporter, ticket)).isEmpty();
    }

    @Test
    void signingAndProgressNotesTellTheReporterOnly() {
        long ticket = newTicketId();

        fixtures.publish(step(ticket, 3, "ticket.signed", handler, null));
        fixtures.publish(step(ticket, 4, "ticket.noted", handler, "已安排现场勘察"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(keys(reporter, ticket))
                        .containsExactlyInAnyOrder("notification.ticket.signed", "notification.ticket.noted"));
        assertThat(keys(dispatcher, ticket)).isEmpty();
        assertThat(keys(otherHandler, ticket)).isEmpty();
    }

    private TicketStepRecorded step(long ticket, int number, String action, long actor, String reason) {
        return step(ticket, number, action, actor, reason, reporter);
    }

    /** The step of a ticket from this source. */
    private static TicketStepRecorded sourced(TicketStepRecorded step, TicketSource source) {
        return new TicketStepRecorded(
                step.actor(),
                step.ticketId(),
                step.step(),
                step.action(),
                step.fromState(),
                step.toState(),
                step.projectId(),
                step.departmentId(),
                step.reporterId(),
                step.leadOfficialId(),
                step.title(),
                step.summary(),
                step.signBy(),
                step.feedbackBy(),
                step.resolveBy(),
                step.reason(),
                step.result(),
                step.mergedIntoId(),
                source);
    }

    /** An extension decided by dispatch: the reason is the date asked for and why, the result the answer. */
    private TicketStepRecorded decided(long ticket, String reason, String answer) {
        return recorded(ticket, 5, "ticket.extension-decided", dispatcher, reason, answer, null);
    }

    /** A step with its answer ({@code result}) and, for a merge, the ticket it went into. */
    private TicketStepRecorded recorded(
            long ticket, int number, String action, long actor, String reason, String result, Long mergedInto) {
        TicketStepRecorded step = step(ticket, number, action, actor, reason);
        return new TicketStepRecorded(
                step.actor(),
                step.ticketId(),
                step.step(),
                step.action(),
                step.fromState(),
                step.toState(),
                step.projectId(),
                step.departmentId(),
                step.reporterId(),
                step.leadOfficialId(),
                step.title(),
                step.summary(),
                step.signBy(),
                step.feedbackBy(),
                step.resolveBy(),
                step.reason(),
                result,
                mergedInto,
                null);
    }

    private TicketStepRecorded step(long ticket, int number, String action, long actor, String reason, long by) {
        return new TicketStepRecorded(
                Actor.of(fixtures.username(actor)),
                ticket,
                number,
                action,
                TicketState.IN_PROGRESS,
                TicketState.IN_PROGRESS,
                1L,
                department,
                by,
                null,
                "测试工单" + ticket,
                "",
                null,
                null,
                DUE,
                reason);
    }

    private List<InboxItemView> items(long userId, long ticket) {
        return notifications.inbox(userId, false, PageQuery.of(0, 200)).content().stream()
                .filter(item -> ("/tickets/" + ticket).equals(item.link()))
                .toList();
    }

    private List<String> keys(long userId, long ticket) {
        return items(userId, ticket).stream().map(InboxItemView::messageKey).toList();
    }
}
