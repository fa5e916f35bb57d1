package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.notification.InboxItemView;
import cn.zhuanban.notification.NotificationManagement;
import cn.zhuanban.shared.PageQuery;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The notices of real moves: the department hears whether its extension was approved or refused (the notification
 * module reads the decision from the step's recorded reason) and that its resolved ticket was reopened; the office,
 * that the lead official declined the rejection it proposed.
 */
@IntegrationTest
class TicketStepNotificationFlowTests {

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    NotificationManagement notifications;

    @Test
    void theDepartmentHearsWhetherItsExtensionWasApprovedOrRefused() {
        long approved = extensionRequested();
        long refused = extensionRequested();
        LocalDate extended = flows.view(approved).extensionUntil();

        decide(approved, true);
        decide(refused, false);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(items("handler-power", approved)).singleElement().satisfies(item -> {
                assertThat(item.messageKey()).isEqualTo("notification.ticket.extension-approved");
                assertThat(item.args()).contains(extended.toString());
            });
            assertThat(items("handler-power", refused))
                    .singleElement()
                    .satisfies(
                            item -> assertThat(item.messageKey()).isEqualTo("notification.ticket.extension-refused"));
        });
    }

    @Test
    void theDepartmentHearsThatItsResolvedTicketWasReopened() {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        flows.management().act(id, TicketMove.REVIEW, MoveCommand.review(true), flows.user("dispatch"));
        flows.management()
                .act(
                        id,
                        TicketMove.FEEDBACK,
                        MoveCommand.rate(TicketRating.DISSATISFIED, "没有解决"),
                        flows.user("dispatch"));
        LocalDate due = flows.view(id).resolveBy();

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items("handler-power", id))
                        .filteredOn(item -> item.messageKey().equals("notification.ticket.reopened"))
                        .singleElement()
                        .satisfies(item -> assertThat(item.args()).contains(due.toString())));
    }

    @Test
    void theReporterHearsWhichTicketHisProblemWasMergedInto() {
        long project = data.project("GD");
        long target = flows.reported(project);
        long duplicate = flows.management()
                .report(
                        new ReportCommand(project, TicketCategory.POWER, "临时用电", "同一问题", TicketSeverity.NORMAL),
                        List.of(),
                        flows.user("lead"));

        flows.management()
                .act(duplicate, TicketMove.MERGE, MoveCommand.mergeInto(target, "重复反映"), flows.user("dispatch"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(notifications
                                .inbox(data.user("lead"), false, PageQuery.of(0, 100))
                                .content())
                        .filteredOn(item -> ("/tickets/" + duplicate).equals(item.link()))
                        .singleElement()
                        .satisfies(item -> {
                            assertThat(item.messageKey()).isEqualTo("notification.ticket.merged");
                            assertThat(item.args()).containsExactly("临时用电", Long.toString(target));
                        }));
    }

    @Test
    void theOfficeHearsThatTheLeadOfficialDeclinedItsProposedRejectionAndWhy() {
        long id = flows.reported(data.project("GD"));
        flows.management().act(id, TicketMove.REJECT, MoveCommand.withReason("与项目无关"), flows.user("dispatch"));

        flows.management()
                .act(id, TicketMove.DECLINE_REJECTION, MoveCommand.withReason("属于项目建设诉求"), flows.user("lead"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(notifications
                                .inbox(data.user("dispatch"), false, PageQuery.of(0, 100))
                                .content())
                        .filteredOn(item -> ("/tickets/" + id).equals(item.link()))
                        .filteredOn(item -> item.messageKey().equals("notification.ticket.rejection-declined"))
                        .singleElement()
                        .satisfies(item -> assertThat(item.args()).containsExactly("施工用电接入", "属于项目建设诉求")));
    }

    private long extensionRequested() {
        long id = flows.signedByPower();
        flows.management()
                .act(
                        id,
                        TicketMove.REQUEST_EXTENSION,
                        MoveCommand.requestExtension(
                                "设备未到", flows.view(id).resolveBy().plusDays(14)),
                        flows.user("handler-power"));
        return id;
    }

    private void decide(long id, boolean approve) {
        flows.management()
                .act(
                        id,
                        TicketMove.DECIDE_EXTENSION,
                        MoveCommand.decideExtension(approve, approve ? null : "理由不充分"),
                        flows.user("dispatch"));
    }

    /** The user's notices about the ticket other than its assignment and its cards. */
    private List<InboxItemView> items(String username, long ticket) {
        return notifications.inbox(data.user(username), false, PageQuery.of(0, 100)).content().stream()
                .filter(item -> ("/tickets/" + ticket).equals(item.link()))
                .filter(item -> item.messageKey().contains("extension")
                        || item.messageKey().contains("reopened"))
                .toList();
    }
}
