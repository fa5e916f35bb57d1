package cn.zhuanban.ticket;

import static cn.zhuanban.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.ticket.domain.Step;
import cn.zhuanban.ticket.domain.Ticket;
import java.time.LocalDate;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A required input left out is the user's to fill in: a field error naming it (400), not a refusal of the move (409)
 * as if the ticket were in the wrong state. What the state or a rule refuses is still refused as such, first.
 */
class TicketRequiredInputTests {

    @Test
    void everyMoveThatNeedsAReasonAsksForItByNameAndChangesNothing() {
        for (TicketMove move : TicketMove.values()) {
            if (!move.needsReason()) {
                continue;
            }
            Ticket ticket = TicketFixtures.in(stateAllowing(move));
            if (move == TicketMove.DECLINE_REJECTION) {
                ticket.reject("与项目无关", NOW); // the lead official declines a proposal that waits
            }
            TicketState before = ticket.getState();
            int steps = ticket.getStepCount();

            assertFieldError(() -> withoutReason(ticket, move), "reason");

            assertThat(ticket.getState()).as(move.name()).isEqualTo(before);
            assertThat(ticket.getStepCount()).as(move.name()).isEqualTo(steps);
        }
    }

    @Test
    void anExtensionNamesTheMissingDateOrTheMissingReason() {
        Ticket ticket = TicketFixtures.in(TicketState.IN_PROGRESS);
        assertFieldError(() -> ticket.requestExtension(null, "等待设备"), "newDate");
        assertFieldError(() -> ticket.requestExtension(TODAY.plusDays(60), null), "reason");
        assertThat(ticket.getExtensionUntil()).isNull();
    }

    @Test
    void aResolutionNamesTheMissingOutcomeAndARatingTheMissingAnswer() {
        assertFieldError(
                () -> TicketFixtures.in(TicketState.IN_PROGRESS).resolve(null, "已接电", TODAY, 1, NOW), "outcome");
        assertFieldError(
                () -> TicketFixtures.in(TicketState.AWAITING_FEEDBACK).rate(null, null, deadlines(), TODAY, NOW),
                "rating");
    }

    @Test
    void aDissatisfiedRatingNamesTheMissingReasonAndChangesNothingWhileSatisfiedOnesNeedNone() {
        Ticket dissatisfied = TicketFixtures.in(TicketState.AWAITING_FEEDBACK);
        int steps = dissatisfied.getStepCount();
        assertThatThrownBy(() -> dissatisfied.rate(TicketRating.DISSATISFIED, null, deadlines(), TODAY, NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(Arrays.toString(e.args())).contains("ticket.required.dissatisfied-reason");
                });
        assertThat(dissatisfied.getState()).isEqualTo(TicketState.AWAITING_FEEDBACK);
        assertThat(dissatisfied.getRating()).isNull();
        assertThat(dissatisfied.getStepCount()).isEqualTo(steps);

        for (TicketRating answer : new TicketRating[] {TicketRating.SATISFIED, TicketRating.BASICALLY_SATISFIED}) {
            Ticket rated = TicketFixtures.in(TicketState.AWAITING_FEEDBACK);
            rated.rate(answer, null, deadlines(), TODAY, NOW);
            assertThat(rated.getState()).as(answer.name()).isEqualTo(TicketState.CLOSED);
        }
    }

    @Test
    void aReviewNeedsAReasonOnlyToSendTheTicketBack() {
        assertFieldError(() -> TicketFixtures.in(TicketState.RESOLVED).review(false, null, null), "reason");
        Ticket passed = TicketFixtures.in(TicketState.RESOLVED);
        passed.review(true, null, TODAY.plusDays(5));
        assertThat(passed.getState()).isEqualTo(TicketState.AWAITING_FEEDBACK);
    }

    @Test
    void aReviewOrAnExtensionDecisionWithoutItsAnswerNamesItAndDecidesNothing() {
        Ticket resolved = TicketFixtures.in(TicketState.RESOLVED);
        int steps = resolved.getStepCount();
        assertFieldError(() -> resolved.review(null, null, TODAY.plusDays(5)), "passed");
        assertFieldError(() -> resolved.review(null, "缺少现场照片", TODAY.plusDays(5)), "passed");
        assertThat(resolved.getState()).as("neither passed nor sent back").isEqualTo(TicketState.RESOLVED);
        assertThat(resolved.getStepCount()).isEqualTo(steps);

        Ticket asked = TicketFixtures.in(TicketState.IN_PROGRESS);
        LocalDate until = asked.getResolveBy().plusDays(30);
        asked.requestExtension(until, "等待设备");
        LocalDate before = asked.getResolveBy();
        assertFieldError(() -> asked.decideExtension(null, "理由不足"), "approved");
        assertThat(asked.getExtensionUntil())
                .as("neither approved nor refused: still waiting")
                .isEqualTo(until);
        assertThat(asked.getResolveBy()).isEqualTo(before);
        assertThat(asked.getExtensions()).isZero();
    }

    @Test
    void anExtensionToAYearTheCalendarDoesNotHoldIsTheDatesFieldError() {
        for (LocalDate typed : new LocalDate[] {LocalDate.of(9999, 12, 31), LocalDate.of(2101, 1, 3)}) {
            Ticket ticket = TicketFixtures.in(TicketState.IN_PROGRESS);
            assertThatThrownBy(() -> ticket.requestExtension(typed, "等待设备"))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION);
                        assertThat(e.field()).isEqualTo("newDate");
                        assertThat(Arrays.toString(e.args())).contains("validation.date-outside", typed.toString());
                    });
            assertThat(ticket.getExtensionUntil()).isNull();
        }
    }

    @Test
    void aMoveTheStateOrARuleRefusesIsRefusedAsSuchEvenWithoutItsReason() {
        assertMoveRefused(() -> TicketFixtures.in(TicketState.ASSIGNED).requestExtension(null, null));
        Ticket pending = TicketFixtures.in(TicketState.IN_PROGRESS);
        pending.requestExtension(TODAY.plusDays(60), "等待设备");
        assertMoveRefused(() -> pending.requestExtension(TODAY.plusDays(90), null));
        assertMoveRefused(() -> TicketFixtures.in(TicketState.CLOSED).note(null, true, NOW));
        assertMoveRefused(() -> TicketFixtures.in(TicketState.REPORTED).declineRejection(null));
        assertMoveRefused(() -> TicketFixtures.in(TicketState.IN_PROGRESS).review(null, null, null));
        assertMoveRefused(() -> TicketFixtures.in(TicketState.IN_PROGRESS).decideExtension(null, null));
        assertMoveRefused(() -> TicketFixtures.in(TicketState.ASSIGNED).requestExtension(LocalDate.MAX, null));
    }

    private static TicketState stateAllowing(TicketMove move) {
        return switch (move) {
            case RESOLVE_ON_THE_SPOT, REJECT, DECLINE_REJECTION -> TicketState.REPORTED;
            case REQUEST_RETURN -> TicketState.ASSIGNED;
            default -> TicketState.IN_PROGRESS;
        };
    }

    private static Step withoutReason(Ticket t, TicketMove move) {
        return switch (move) {
            case RESOLVE_ON_THE_SPOT -> t.resolveOnTheSpot(null, TODAY);
            case REJECT -> t.reject(null, NOW);
            case DECLINE_REJECTION -> t.declineRejection(null);
            case REQUEST_RETURN -> t.requestReturn(null);
            case NOTE -> t.note(null, true, NOW);
            case REQUEST_EXTENSION -> t.requestExtension(TODAY.plusDays(60), null);
            case RESOLVE -> t.resolve(TicketOutcome.SOLVED, null, TODAY, 1, NOW);
            case SUSPEND -> t.suspend(null, TODAY);
            default -> throw new AssertionError(move + " needs a reason: add it here");
        };
    }

    private static void assertFieldError(ThrowingCallable move, String field) {
        assertThatThrownBy(move).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION);
            assertThat(e.errorCode().status().value()).isEqualTo(400);
            assertThat(e.field()).isEqualTo(field);
            assertThat(Arrays.toString(e.args())).contains("ticket.required." + field);
        });
    }

    private static void assertMoveRefused(ThrowingCallable move) {
        assertThatThrownBy(move)
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TICKET_MOVE_REFUSED));
    }
}
