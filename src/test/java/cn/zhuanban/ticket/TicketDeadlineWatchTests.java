package cn.zhuanban.ticket;

import static cn.zhuanban.ticket.TicketFixtures.CALENDAR;
import static cn.zhuanban.ticket.TicketFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zhuanban.ticket.domain.DueIndex;
import cn.zhuanban.ticket.domain.DueTimes;
import cn.zhuanban.ticket.domain.LadderStep;
import cn.zhuanban.ticket.domain.Ticket;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The sign and first-feedback deadlines are watched like the resolve deadline, on the real 2026
 * calendar with a fixed clock: a ticket assigned on 2026-09-29, the day before the National Day
 * holiday (10-01 to 10-07 off, Saturday 10-10 a make-up working day), must be signed by 09-30,
 * answered by 10-09 and resolved by 10-14.
 */
class TicketDeadlineWatchTests {

    @Test
    void anAssignedTicketIsDueForSignFeedbackAndResolveCardsAcrossNationalDay() {
        Ticket t = TicketFixtures.in(TicketState.ASSIGNED);

        assertThat(DueTimes.of(t, CALENDAR))
                .extracting(DueIndex.Due::step, DueIndex.Due::dueOn)
                .containsExactly(
                        // a one-day sign limit has no yellow day after the assignment
                        tuple(LadderStep.SIGN_RED, LocalDate.of(2026, 10, 1)),
                        // 10-08 is the working day before 10-09; red the day after, the make-up Saturday
                        tuple(LadderStep.FEEDBACK_YELLOW, LocalDate.of(2026, 10, 8)),
                        tuple(LadderStep.FEEDBACK_RED, LocalDate.of(2026, 10, 10)),
                        tuple(LadderStep.YELLOW, LocalDate.of(2026, 10, 13)),
                        tuple(LadderStep.RED, LocalDate.of(2026, 10, 15)),
                        // red + 2 and red + 5 working days from the sign deadline, the first one missed
                        tuple(LadderStep.LEAD_OFFICIAL, LocalDate.of(2026, 10, 10)),
                        tuple(LadderStep.MEETING, LocalDate.of(2026, 10, 14)));
    }

    @Test
    void signingStopsTheSignWatchAndTheFirstNoteOfTheLeadDepartmentStopsTheFeedbackWatch() {
        Ticket t = TicketFixtures.in(TicketState.ASSIGNED);
        t.sign(NOW);
        assertThat(DueTimes.of(t, CALENDAR))
                .extracting(DueIndex.Due::step)
                .doesNotContain(LadderStep.SIGN_RED)
                .contains(LadderStep.FEEDBACK_YELLOW, LadderStep.FEEDBACK_RED);

        t.note("co-department view", false, NOW);
        assertThat(t.watches(TicketDeadline.FEEDBACK))
                .as("a co-department's note is no feedback")
                .isTrue();
        t.note("已联系供电公司现场勘察", true, NOW);
        assertThat(DueTimes.of(t, CALENDAR))
                .extracting(DueIndex.Due::step)
                .containsExactly(LadderStep.YELLOW, LadderStep.RED, LadderStep.LEAD_OFFICIAL, LadderStep.MEETING);
    }

    @Test
    void aMissedSignDeadlineGivesARedCardAndSupervisionButNothingOnceSigned() {
        Ticket t = TicketFixtures.in(TicketState.ASSIGNED);
        assertThat(t.climb(LadderStep.SIGN_RED)).isTrue();
        assertThat(t.getCard()).isEqualTo(TicketCard.RED);
        assertThat(t.getEscalationLevel()).isEqualTo(EscalationLevel.SUPERVISION);

        Ticket signed = TicketFixtures.in(TicketState.IN_PROGRESS);
        assertThat(signed.climb(LadderStep.SIGN_RED)).isFalse();
        assertThat(signed.getCard()).isEqualTo(TicketCard.NONE);
    }

    @Test
    void aTicketRedForNotSigningStaysRedWhenItsResolveDeadlineTurnsYellow() {
        Ticket t = TicketFixtures.in(TicketState.ASSIGNED);
        t.climb(LadderStep.SIGN_RED);
        t.sign(NOW);

        assertThat(t.climb(LadderStep.YELLOW))
                .as("the resolve reminder still goes out")
                .isTrue();
        assertThat(t.getCard()).isEqualTo(TicketCard.RED);
        assertThat(t.getEscalationLevel()).isEqualTo(EscalationLevel.SUPERVISION);
    }

    @Test
    void aSuspendedOrReturnRequestedTicketIsNotCardedForSigningAndAReassignmentAsksForFeedbackAgain() {
        Ticket suspended = TicketFixtures.in(TicketState.SUSPENDED);
        assertThat(suspended.climb(LadderStep.SIGN_RED)).isFalse();
        assertThat(DueTimes.of(suspended, CALENDAR)).isEmpty();

        Ticket returned = TicketFixtures.in(TicketState.RETURN_REQUESTED);
        assertThat(returned.watches(TicketDeadline.SIGN)).isFalse();
        assertThat(returned.watches(TicketDeadline.RESOLVE)).isTrue();

        Ticket answered = TicketFixtures.in(TicketState.IN_PROGRESS);
        answered.note("已反馈", true, NOW);
        answered.requestExtension(LocalDate.of(2026, 10, 30), "需要协调");
        answered.decideExtension(true, null);
        assertThat(answered.watches(TicketDeadline.FEEDBACK)).isFalse();
    }
}
