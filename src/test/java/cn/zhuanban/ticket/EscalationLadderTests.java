package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.ticket.domain.DueIndex;
import cn.zhuanban.ticket.domain.EscalationLadder;
import cn.zhuanban.ticket.domain.LadderStep;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ladder step by step from the due index: yellow, red, lead official, meeting; each once. */
@IntegrationTest
class EscalationLadderTests {

    @Autowired
    TicketFlows flows;

    @Autowired
    EscalationLadder ladder;

    @Autowired
    DueIndex due;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLateTicketClimbsTheLadderOneStepAtATimeAndEachStepHappensOnce() {
        long id = flows.signedByPower();
        flows.noteByPower(id);
        TicketView t = flows.view(id);
        LocalDate resolveBy = t.resolveBy();
        assertThat(due.of(id))
                .extracting(DueIndex.Due::step)
                .containsExactly(LadderStep.YELLOW, LadderStep.RED, LadderStep.LEAD_OFFICIAL, LadderStep.MEETING);

        ladder.run(calendar.addWorkingDays(resolveBy, -2));
        assertThat(flows.view(id).card()).isEqualTo(TicketCard.NONE);

        LocalDate yellow = calendar.addWorkingDays(resolveBy, -1);
        ladder.run(yellow);
        assertThat(flows.view(id).card()).isEqualTo(TicketCard.YELLOW);
        assertThat(flows.view(id).escalationLevel()).isEqualTo(EscalationLevel.REMINDER);
        assertThat(due.of(id))
                .extracting(DueIndex.Due::step)
                .containsExactly(LadderStep.RED, LadderStep.LEAD_OFFICIAL, LadderStep.MEETING);
        ladder.run(yellow);
        assertThat(steps(id)).containsExactly("YELLOW");

        ladder.run(resolveBy.plusDays(1));
        assertThat(flows.view(id).card()).isEqualTo(TicketCard.RED);
        assertThat(flows.view(id).escalationLevel()).isEqualTo(EscalationLevel.SUPERVISION);
        ladder.run(calendar.addWorkingDays(resolveBy, 3));
        assertThat(flows.view(id).escalationLevel()).isEqualTo(EscalationLevel.LEAD_OFFICIAL);
        ladder.run(calendar.addWorkingDays(resolveBy, 6));
        assertThat(flows.view(id).escalationLevel()).isEqualTo(EscalationLevel.MEETING);

        assertThat(steps(id)).containsExactly("YELLOW", "RED", "LEAD_OFFICIAL", "MEETING");
        assertThat(due.of(id)).isEmpty();
        assertThat(flows.view(id).history())
                .extracting(TicketView.HistoryEntry::action)
                .contains("ticket.escalated-yellow", "ticket.escalated-meeting");
        await().atMost(Duration.ofSeconds(10)).until(() -> audited(id, "ticket.escalated-meeting") == 1);
        assertThat(audited(id, "ticket.card-red")).isEqualTo(1);
    }

    @Test
    void anUnsignedTicketGetsItsRedCardOnceTheDayAfterTheSignDeadlineAndTheHandlersAreTold() {
        long id = flows.assignedToPower();
        TicketView t = flows.view(id);
        assertThat(due.of(id))
                .extracting(DueIndex.Due::step)
                .contains(LadderStep.SIGN_RED, LadderStep.FEEDBACK_RED, LadderStep.RED);

        ladder.run(t.signBy());
        assertThat(flows.view(id).card()).isEqualTo(TicketCard.NONE);
        ladder.run(t.signBy().plusDays(1));
        ladder.run(t.signBy().plusDays(1));

        TicketView red = flows.view(id);
        assertThat(red.card()).isEqualTo(TicketCard.RED);
        assertThat(red.escalationLevel()).isEqualTo(EscalationLevel.SUPERVISION);
        assertThat(red.deadlineWatches())
                .filteredOn(w -> w.deadline() == TicketDeadline.SIGN)
                .singleElement()
                .satisfies(w -> assertThat(w.due()).isEqualTo(t.signBy()));
        // the first-feedback yellow falls on the same day for a ticket assigned this week
        assertThat(steps(id)).containsOnlyOnce("SIGN_RED");
        assertThat(red.history()).extracting(TicketView.HistoryEntry::action).contains("ticket.escalated-sign_red");
        await().atMost(Duration.ofSeconds(10)).until(() -> audited(id, "ticket.card-red-sign") == 1);
        assertThat(audited(id, "ticket.escalated-supervision"))
                .as("the resolve deadline's ladder is not climbed for a late signature")
                .isZero();
        long handler = flows.user("handler-power").id();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TicketInbox.notices(jdbc, handler, "notification.ticket.card-red-sign", id) == 1);

        flows.management().act(id, TicketMove.SIGN, MoveCommand.empty(), flows.user("handler-power"));
        assertThat(due.of(id)).extracting(DueIndex.Due::step).doesNotContain(LadderStep.SIGN_RED);
        ladder.run(t.signBy().plusDays(2));
        assertThat(steps(id)).containsOnlyOnce("SIGN_RED");
    }

    @Test
    void theOneTimeReindexMovesTheLaterRungsOfATicketIndexedBeforeToItsSignDeadlineAndASecondRunChangesNothing() {
        long id = flows.assignedToPower();
        TicketView t = flows.view(id);
        var cal = calendar.administrative();
        LocalDate newLead = cal.addWorkingDays(t.signBy(), 1 + 2);
        LocalDate newMeeting = cal.addWorkingDays(t.signBy(), 1 + 5);
        // as indexed before: the later rungs counted from the resolve deadline; listed for the re-index as V198 lists
        jdbc.sql("update ticket_due set due_on = :on where ticket_id = :id and step = 'LEAD_OFFICIAL'")
                .param("on", cal.addWorkingDays(t.resolveBy(), 1 + 2))
                .param("id", id)
                .update();
        jdbc.sql("update ticket_due set due_on = :on where ticket_id = :id and step = 'MEETING'")
                .param("on", cal.addWorkingDays(t.resolveBy(), 1 + 5))
                .param("id", id)
                .update();
        jdbc.sql("insert into ticket_due_reindex (ticket_id) values (:id)")
                .param("id", id)
                .update();
        List<DueIndex.Due> others =
                due.of(id).stream().filter(d -> !d.step().afterRed()).toList();

        assertThat(ladder.reindexQueued()).isPositive();

        List<DueIndex.Due> reindexed = due.of(id);
        assertThat(reindexed)
                .filteredOn(d -> d.step().afterRed())
                .extracting(DueIndex.Due::step, DueIndex.Due::dueOn)
                .containsExactlyInAnyOrder(
                        tuple(LadderStep.LEAD_OFFICIAL, newLead), tuple(LadderStep.MEETING, newMeeting));
        assertThat(reindexed).filteredOn(d -> !d.step().afterRed()).containsExactlyInAnyOrderElementsOf(others);
        assertThat(jdbc.sql("select count(*) from ticket_due_reindex where ticket_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(ladder.reindexQueued()).isZero();
        assertThat(due.of(id)).containsExactlyInAnyOrderElementsOf(reindexed);
    }

    @Test
    void aSignedTicketWithoutFirstFeedbackIsCardedYellowThenRedForItEachOnce() {
        long id = flows.signedByPower();
        LocalDate feedbackBy = flows.view(id).feedbackBy();

        ladder.run(calendar.addWorkingDays(feedbackBy, -1));
        assertThat(flows.view(id).card()).isEqualTo(TicketCard.YELLOW);
        ladder.run(feedbackBy.plusDays(1));
        ladder.run(feedbackBy.plusDays(1));

        assertThat(flows.view(id).card()).isEqualTo(TicketCard.RED);
        assertThat(steps(id)).containsExactly("FEEDBACK_YELLOW", "FEEDBACK_RED");
        await().atMost(Duration.ofSeconds(10)).until(() -> audited(id, "ticket.card-red-feedback") == 1);
        assertThat(audited(id, "ticket.card-yellow-feedback")).isEqualTo(1);
    }

    @Test
    void aTicketAnsweredInTimeIsNotCardedForFeedback() {
        long id = flows.signedByPower();
        flows.noteByPower(id);
        ladder.run(flows.view(id).feedbackBy().plusDays(1));
        assertThat(flows.view(id).card()).isEqualTo(TicketCard.NONE);
        assertThat(steps(id)).isEmpty();
    }

    @Test
    void aResolvedTicketLeavesTheIndexAndTheJobDoesNotTouchIt() {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        assertThat(due.of(id)).isEmpty();
        ladder.run(flows.view(id).resolveBy().plusDays(30));
        assertThat(flows.view(id).card()).isEqualTo(TicketCard.NONE);
        assertThat(steps(id)).isEmpty();
    }

    @Test
    void aRunThatCatchesUpWritesNoWarningForAPassedDeadlineAndTheCardsInTheOrderOfTheirDeadlines() {
        long id = flows.assignedToPower();
        TicketView t = flows.view(id);

        // the job did not run from the assignment until after the resolve deadline (seeding, downtime); the next
        // working day, since the day after a Friday deadline is a rest day on which no card is due yet
        // one batch takes 500 of the shared database's due rows: the scheduled run takes batches until none is full
        LocalDate day = calendar.addWorkingDays(t.resolveBy(), 1);
        ladder.runAll(day);

        assertThat(steps(id)).doesNotContain("SIGN_YELLOW", "FEEDBACK_YELLOW", "YELLOW");
        assertThat(flows.view(id).history())
                .extracting(TicketView.HistoryEntry::action)
                .filteredOn(a -> a.startsWith("ticket.escalated-"))
                .containsExactly(
                        "ticket.escalated-sign_red",
                        "ticket.escalated-feedback_red",
                        "ticket.escalated-red",
                        "ticket.escalated-lead_official",
                        "ticket.escalated-meeting");
        assertThat(flows.view(id).card()).isEqualTo(TicketCard.RED);
        assertThat(flows.view(id).escalationLevel())
                .as("overdue on signing for seven working days: red + 5 has passed")
                .isEqualTo(EscalationLevel.MEETING);
    }

    @Test
    void aTicketNotSignedClimbsToTheLeadOfficialAndTheMeetingCountingFromItsSignDeadline() {
        long id = flows.assignedToPower();
        LocalDate signBy = flows.view(id).signBy();

        ladder.runAll(signBy.plusDays(1));
        assertThat(flows.view(id).escalationLevel()).isEqualTo(EscalationLevel.SUPERVISION);
        ladder.runAll(calendar.addWorkingDays(signBy, 2));
        assertThat(flows.view(id).escalationLevel()).as("red + 1").isEqualTo(EscalationLevel.SUPERVISION);
        ladder.runAll(calendar.addWorkingDays(signBy, 3));
        assertThat(flows.view(id).escalationLevel()).as("red + 2").isEqualTo(EscalationLevel.LEAD_OFFICIAL);
        ladder.runAll(calendar.addWorkingDays(signBy, 5));
        assertThat(flows.view(id).escalationLevel()).as("red + 4").isEqualTo(EscalationLevel.LEAD_OFFICIAL);
        ladder.runAll(calendar.addWorkingDays(signBy, 6));
        assertThat(flows.view(id).escalationLevel()).as("red + 5").isEqualTo(EscalationLevel.MEETING);
        assertThat(steps(id)).containsOnlyOnce("SIGN_RED", "LEAD_OFFICIAL", "MEETING");
    }

    @Test
    void aJobThatFirstRunsSixWorkingDaysAfterAMissedSignDeadlineTakesEveryDueStepOnceInOrder() {
        long id = flows.assignedToPower();
        LocalDate late = calendar.addWorkingDays(flows.view(id).signBy(), 6);

        ladder.runAll(late);
        ladder.runAll(late);

        assertThat(flows.view(id).history())
                .extracting(TicketView.HistoryEntry::action)
                .filteredOn(a -> a.startsWith("ticket.escalated-"))
                .containsSubsequence(
                        "ticket.escalated-sign_red", "ticket.escalated-lead_official", "ticket.escalated-meeting")
                .containsOnlyOnce(
                        "ticket.escalated-sign_red", "ticket.escalated-lead_official", "ticket.escalated-meeting");
        assertThat(flows.view(id).card()).isEqualTo(TicketCard.RED);
        assertThat(flows.view(id).escalationLevel()).isEqualTo(EscalationLevel.MEETING);
        await().atMost(Duration.ofSeconds(10)).until(() -> audited(id, "ticket.escalated-meeting") == 1);
        assertThat(audited(id, "ticket.escalated-lead_official")).isEqualTo(1);
    }

    @Test
    void aRunThatCatchesUpOnADeadlineStillAheadWarnsOfItAfterTheRedCardOfTheEarlierOne() {
        long id = flows.assignedToPower();
        TicketView t = flows.view(id);
        LocalDate feedbackYellow = calendar.addWorkingDays(t.feedbackBy(), -1);
        org.junit.jupiter.api.Assumptions.assumeTrue(feedbackYellow.isAfter(t.signBy()));

        ladder.runAll(feedbackYellow); // the shared database's due rows may fill several batches

        assertThat(flows.view(id).history())
                .extracting(TicketView.HistoryEntry::action)
                .filteredOn(a -> a.startsWith("ticket.escalated-"))
                .containsExactly("ticket.escalated-sign_red", "ticket.escalated-feedback_yellow");
        assertThat(flows.view(id).card()).as("no lesser card after the red one").isEqualTo(TicketCard.RED);
    }

    private List<String> steps(long id) {
        return jdbc.sql("select step from ticket_escalation where ticket_id = :id order by at, step")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private long audited(long id, String action) {
        return jdbc.sql(
                        "select count(*) from audit_record where entity_type = 'ticket' and entity_id = :id and action = :a")
                .param("id", Long.toString(id))
                .param("a", action)
                .query(Long.class)
                .single();
    }
}
