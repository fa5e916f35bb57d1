package cn.zhuanban.ticket;

import static cn.zhuanban.ticket.TicketFixtures.*;
import static cn.zhuanban.ticket.TicketMove.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.ticket.domain.Step;
import cn.zhuanban.ticket.domain.Ticket;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every move in every state: the allowed ones lead where domain.md §3 says, the rest are refused. */
class TicketStateMachineTests {

    /** Written out again here, independently of the production table, as the specification. */
    static final Map<TicketState, Map<TicketMove, TicketState>> ALLOWED = new EnumMap<>(TicketState.class);

    static {
        ALLOWED.put(
                TicketState.REPORTED,
                Map.of(
                        ASSIGN,
                        TicketState.ASSIGNED,
                        MERGE,
                        TicketState.MERGED,
                        RESOLVE_ON_THE_SPOT,
                        TicketState.RESOLVED,
                        REJECT,
                        TicketState.REPORTED, // a proposal: the lead official confirms it
                        NOTE,
                        TicketState.REPORTED,
                        SUSPEND,
                        TicketState.SUSPENDED));
        ALLOWED.put(
                TicketState.ASSIGNED,
                Map.of(
                        SIGN,
                        TicketState.IN_PROGRESS,
                        REQUEST_RETURN,
                        TicketState.RETURN_REQUESTED,
                        NOTE,
                        TicketState.ASSIGNED,
                        SUSPEND,
                        TicketState.SUSPENDED));
        ALLOWED.put(
                TicketState.RETURN_REQUESTED,
                Map.of(
                        REASSIGN,
                        TicketState.ASSIGNED,
                        INSIST,
                        TicketState.ASSIGNED,
                        NOTE,
                        TicketState.RETURN_REQUESTED,
                        SUSPEND,
                        TicketState.SUSPENDED));
        ALLOWED.put(
                TicketState.IN_PROGRESS,
                Map.of(
                        NOTE,
                        TicketState.IN_PROGRESS,
                        REQUEST_EXTENSION,
                        TicketState.IN_PROGRESS,
                        RESOLVE,
                        TicketState.RESOLVED,
                        SUSPEND,
                        TicketState.SUSPENDED));
        ALLOWED.put(
                TicketState.RESOLVED,
                Map.of(
                        REVIEW,
                        TicketState.AWAITING_FEEDBACK,
                        NOTE,
                        TicketState.RESOLVED,
                        SUSPEND,
                        TicketState.SUSPENDED));
        ALLOWED.put(
                TicketState.AWAITING_FEEDBACK,
                Map.of(
                        FEEDBACK,
                        TicketState.CLOSED,
                        NOTE,
                        TicketState.AWAITING_FEEDBACK,
                        SUSPEND,
                        TicketState.SUSPENDED));
        ALLOWED.put(TicketState.SUSPENDED, Map.of(RESUME, TicketState.ASSIGNED, NOTE, TicketState.SUSPENDED));
        ALLOWED.put(TicketState.CLOSED, Map.of());
        ALLOWED.put(TicketState.MERGED, Map.of());
        ALLOWED.put(TicketState.REJECTED, Map.of());
    }

    @Test
    void everyStateAllowsExactlyItsMovesAndRefusesTheRestNamingStateAndMove() {
        for (TicketState state : TicketState.values()) {
            for (TicketMove move : TicketMove.values()) {
                Ticket ticket = TicketFixtures.in(state);
                TicketState expected = ALLOWED.get(state).get(move);
                if (expected != null) {
                    Step step = make(ticket, move);
                    assertThat(ticket.getState()).as(state + " " + move).isEqualTo(expected);
                    assertThat(step.to()).isEqualTo(expected);
                } else if (!(state == TicketState.IN_PROGRESS && move == DECIDE_EXTENSION)) {
                    assertRefused(() -> make(ticket, move), state, move);
                }
            }
        }
    }

    @Test
    void aReturnIsAllowedOncePerAssignmentAfterTheOfficeInsists() {
        Ticket ticket = TicketFixtures.in(TicketState.RETURN_REQUESTED);
        ticket.insist("确属供电职责");
        assertThat(ticket.allowedMoves()).doesNotContain(REQUEST_RETURN);
        assertRefused(() -> ticket.requestReturn("再次退回"), TicketState.ASSIGNED, REQUEST_RETURN);
        ticket.sign(NOW);
        assertThat(ticket.getReturnCount()).isEqualTo(1);
    }

    @Test
    void aReassignedDepartmentMayAskToReturnAgain() {
        Ticket ticket = TicketFixtures.in(TicketState.RETURN_REQUESTED);
        ticket.reassign(8L, List.of(), deadlines(), TODAY, "改派");
        assertThat(ticket.allowedMoves()).contains(REQUEST_RETURN);
        assertThat(ticket.getDepartmentId()).isEqualTo(8L);
    }

    @Test
    void aTicketIsExtendedAtMostTwice() {
        Ticket ticket = TicketFixtures.in(TicketState.IN_PROGRESS);
        for (int i = 1; i <= 2; i++) {
            ticket.requestExtension(ticket.getResolveBy().plusDays(7), "等待设备");
            assertThat(ticket.allowedMoves()).contains(DECIDE_EXTENSION).doesNotContain(REQUEST_EXTENSION);
            ticket.decideExtension(true, null);
        }
        assertThat(ticket.getExtensions()).isEqualTo(2);
        assertRefused(
                () -> ticket.requestExtension(ticket.getResolveBy().plusDays(7), "再延"),
                TicketState.IN_PROGRESS,
                REQUEST_EXTENSION);
        assertRefused(() -> ticket.decideExtension(true, null), TicketState.IN_PROGRESS, DECIDE_EXTENSION);
    }

    @Test
    void anExtensionToAMistypedYearIsRefused() {
        Ticket ticket = TicketFixtures.in(TicketState.IN_PROGRESS);
        assertThatThrownBy(() -> ticket.requestExtension(java.time.LocalDate.of(9999, 12, 31), "等待设备"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).as("the date's error, beside it").isEqualTo("newDate");
                    assertThat(Arrays.toString(e.args())).contains("validation.date-outside");
                });
        assertThat(ticket.allowedMoves()).contains(REQUEST_EXTENSION).doesNotContain(DECIDE_EXTENSION);
    }

    @Test
    void aRefusedExtensionKeepsTheDeadline() {
        Ticket ticket = TicketFixtures.in(TicketState.IN_PROGRESS);
        var before = ticket.getResolveBy();
        ticket.requestExtension(before.plusDays(10), "等待设备");
        ticket.decideExtension(false, "理由不足");
        assertThat(ticket.getResolveBy()).isEqualTo(before);
        assertThat(ticket.getExtensions()).isZero();
    }

    @Test
    void resolvingEndsAPendingExtensionRequestAsAStepOfItsOwnThatCannotBeDecidedAfterwards() {
        Ticket ticket = TicketFixtures.in(TicketState.IN_PROGRESS);
        var before = ticket.getResolveBy();
        Step asked = ticket.requestExtension(before.plusDays(10), "等待设备");

        Step resolved = ticket.resolve(TicketOutcome.SOLVED, "已接电", TODAY, 1, NOW);

        Step lapsed = ticket.lapsedExtension();
        assertThat(lapsed.action()).isEqualTo("ticket.extension-lapsed");
        assertThat(lapsed.number()).isEqualTo(asked.number() + 1).isEqualTo(resolved.number() - 1);
        assertThat(lapsed.reason()).isEqualTo(before.plusDays(10) + " 等待设备");
        assertThat(ticket.getExtensionUntil()).isNull();
        assertRefusedAs(() -> ticket.decideExtension(true, null), "ticket.refused.no-extension-pending");
        // sent back to work, the lapsed request does not come back to be approved
        ticket.review(false, "材料不全", null);
        assertThat(ticket.allowedMoves()).doesNotContain(DECIDE_EXTENSION).contains(REQUEST_EXTENSION);
        assertRefusedAs(() -> ticket.decideExtension(true, null), "ticket.refused.no-extension-pending");
        assertThat(ticket.getResolveBy()).isEqualTo(before);
        assertThat(ticket.getExtensions()).isZero();
    }

    @Test
    void resolvingWithoutAPendingRequestEndsNone() {
        Ticket ticket = TicketFixtures.in(TicketState.IN_PROGRESS);
        ticket.resolve(TicketOutcome.SOLVED, "已接电", TODAY, 1, NOW);
        assertThat(ticket.lapsedExtension()).isNull();
    }

    @Test
    void aSuspensionKeepsAPendingRequestForTheResumptionButItCannotBeDecidedMeanwhile() {
        Ticket ticket = TicketFixtures.in(TicketState.IN_PROGRESS);
        var asked = ticket.getResolveBy().plusDays(10);
        ticket.requestExtension(asked, "等待设备");
        ticket.suspend("停工", TODAY);
        assertThat(ticket.getExtensionUntil()).isEqualTo(asked);
        assertRefused(() -> ticket.decideExtension(true, null), TicketState.SUSPENDED, DECIDE_EXTENSION);
        ticket.resume("复工", null);
        ticket.decideExtension(true, null);
        assertThat(ticket.getResolveBy()).isEqualTo(asked);
    }

    @Test
    void aRejectionIsProposedByTheOfficeAndTakesEffectWhenConfirmed() {
        Ticket ticket = TicketFixtures.reported();
        assertThatThrownBy(() -> ticket.reject(null, NOW))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(ticket.reject("与项目无关的诉求", NOW).action()).isEqualTo("ticket.rejection-proposed");
        assertThat(ticket.getState()).isEqualTo(TicketState.REPORTED);
        assertThat(ticket.rejectionPending()).isTrue();
        Step confirmed = ticket.reject(null, NOW);
        assertThat(confirmed.action()).isEqualTo("ticket.rejected");
        assertThat(confirmed.reason()).isEqualTo("与项目无关的诉求");
        assertThat(ticket.getState()).isEqualTo(TicketState.REJECTED);
    }

    @Test
    void theLeadOfficialsDeclineSendsTheTicketBackToTheOfficeWhichMayProposeAgain() {
        Ticket ticket = TicketFixtures.reported();
        assertThat(ticket.allowedMoves()).doesNotContain(DECLINE_REJECTION);
        assertRefusedAs(() -> ticket.declineRejection("应予受理"), "ticket.refused.no-rejection-pending");
        ticket.reject("与项目无关的诉求", NOW);
        assertThat(ticket.allowedMoves()).contains(REJECT, DECLINE_REJECTION);
        int steps = ticket.getStepCount();
        assertThatThrownBy(() -> ticket.declineRejection(null))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(ticket.rejectionPending()).isTrue();
        assertThat(ticket.getStepCount()).isEqualTo(steps);

        Step declined = ticket.declineRejection("属于项目建设诉求，应予受理");

        assertThat(declined.action()).isEqualTo("ticket.rejection-declined");
        assertThat(declined.reason()).isEqualTo("属于项目建设诉求，应予受理");
        assertThat(declined.from()).isEqualTo(TicketState.REPORTED);
        assertThat(declined.to()).isEqualTo(TicketState.REPORTED);
        assertThat(ticket.getState()).isEqualTo(TicketState.REPORTED);
        assertThat(ticket.rejectionPending()).isFalse();
        assertThat(ticket.getRejectionProposal()).isNull();
        assertThat(ticket.allowedMoves()).contains(ASSIGN, REJECT).doesNotContain(DECLINE_REJECTION);
        assertRefusedAs(() -> ticket.declineRejection("再次不同意"), "ticket.refused.no-rejection-pending");
        // proposed again, it waits for the lead official as the first one did
        assertThat(ticket.reject("经核实仍属企业内部事项", NOW).action()).isEqualTo("ticket.rejection-proposed");
        assertThat(ticket.rejectionPending()).isTrue();
        assertThat(ticket.reject(null, NOW).reason()).isEqualTo("经核实仍属企业内部事项");
        assertThat(ticket.getState()).isEqualTo(TicketState.REJECTED);
    }

    @Test
    void assigningWithdrawsAProposedRejection() {
        Ticket ticket = TicketFixtures.reported();
        ticket.reject("不合理", NOW);
        TicketFixtures.assign(ticket);
        assertThat(ticket.rejectionPending()).isFalse();
    }

    @Test
    void dissatisfiedReopensOnceThenClosesEscalatedToTheLeadOfficial() {
        Ticket ticket = TicketFixtures.in(TicketState.AWAITING_FEEDBACK);
        ticket.rate(TicketRating.DISSATISFIED, "仍未通电", deadlines(), TODAY, NOW);
        assertThat(ticket.getState()).isEqualTo(TicketState.IN_PROGRESS);
        ticket.resolve(TicketOutcome.PARTLY_SOLVED, "临时供电", TODAY, 2, NOW);
        ticket.review(true, null, TODAY.plusDays(5));
        Step last = ticket.rate(TicketRating.DISSATISFIED, "还是不行", deadlines(), TODAY, NOW);
        assertThat(last.action()).isEqualTo("ticket.rated");
        assertThat(ticket.getState()).isEqualTo(TicketState.CLOSED);
        assertThat(ticket.getClosure()).isEqualTo(TicketClosure.DISSATISFIED_ESCALATED);
        assertThat(ticket.getEscalationLevel()).isEqualTo(EscalationLevel.LEAD_OFFICIAL);
        assertThat(ticket.getOutcome()).isEqualTo(TicketOutcome.PARTLY_SOLVED);
    }

    @Test
    void closedWithoutAnswerIsNotTheSameAsSolved() {
        Ticket ticket = TicketFixtures.reported();
        TicketFixtures.signed(ticket);
        ticket.resolve(TicketOutcome.NOT_SOLVABLE, "规划不允许", TODAY, 1, NOW);
        ticket.review(true, null, TODAY.plusDays(5));
        ticket.closeNoResponse(NOW);
        assertThat(ticket.getState()).isEqualTo(TicketState.CLOSED);
        assertThat(ticket.getClosure()).isEqualTo(TicketClosure.NO_RESPONSE);
        assertThat(ticket.getOutcome()).isEqualTo(TicketOutcome.NOT_SOLVABLE);
    }

    @Test
    void reviewSentBackReturnsToTheDepartmentAndResumeRestoresThePreviousState() {
        Ticket ticket = TicketFixtures.in(TicketState.RESOLVED);
        assertThat(ticket.review(false, "材料不全", null).action()).isEqualTo("ticket.sent-back");
        assertThat(ticket.getState()).isEqualTo(TicketState.IN_PROGRESS);
        ticket.suspend("停工", TODAY);
        ticket.resume("复工", null);
        assertThat(ticket.getState()).isEqualTo(TicketState.IN_PROGRESS);
    }

    @Test
    void theLeadDepartmentReportsProgressOnlyOnceItHasSigned() {
        for (TicketState unsigned : List.of(TicketState.ASSIGNED, TicketState.RETURN_REQUESTED)) {
            Ticket ticket = TicketFixtures.in(unsigned);
            assertThatThrownBy(() -> ticket.note("已现场勘察", true, NOW))
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            e -> assertThat(Arrays.toString(e.args())).contains("ticket.refused.note-before-sign"));
            ticket.note("请尽快签收", false, NOW);
        }
        TicketFixtures.in(TicketState.IN_PROGRESS).note("已现场勘察", true, NOW);
    }

    @Test
    void stepsAreNumberedPerTicketWithTheContractsActionNames() {
        Ticket ticket = TicketFixtures.in(TicketState.CLOSED);
        assertThat(ticket.getStepCount()).isEqualTo(6);
        Set<String> names = EnumSet.allOf(TicketMove.class).stream()
                .map(TicketMove::path)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(names).contains("request-return", "decide-extension", "feedback");
    }

    private static Step make(Ticket t, TicketMove move) {
        return switch (move) {
            case ASSIGN -> t.assign(5L, List.of(), deadlines(), TODAY);
            case MERGE -> t.merge(99L, "重复", NOW);
            case RESOLVE_ON_THE_SPOT -> t.resolveOnTheSpot("当场答复", TODAY);
            case REJECT -> t.reject("不合理", NOW);
            // without a proposal waiting (as every fixture is), refused in every state (see below)
            case DECLINE_REJECTION -> t.declineRejection("应予受理");
            case SIGN -> t.sign(NOW);
            case REQUEST_RETURN -> t.requestReturn("非本部门");
            case REASSIGN -> t.reassign(8L, List.of(), deadlines(), TODAY, null);
            case INSIST -> t.insist(null);
            // the office's note: the lead department's waits for its signature (see below)
            case NOTE -> t.note("进展", !t.awaitsSignature(), NOW);
            case REQUEST_EXTENSION -> t.requestExtension(TODAY.plusDays(60), "等待设备");
            case DECIDE_EXTENSION -> t.decideExtension(true, null);
            case RESOLVE -> t.resolve(TicketOutcome.SOLVED, "已解决", TODAY, 1, NOW);
            case REVIEW -> t.review(true, null, TODAY.plusDays(5));
            case FEEDBACK -> t.rate(TicketRating.SATISFIED, null, deadlines(), TODAY, NOW);
            case SUSPEND -> t.suspend("暂停", TODAY);
            case RESUME -> t.resume(null, null);
        };
    }

    private static void assertRefusedAs(Runnable move, String rule) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.TICKET_MOVE_REFUSED);
            assertThat(Arrays.toString(e.args())).contains(rule);
        });
    }

    private static void assertRefused(Runnable move, TicketState state, TicketMove what) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.TICKET_MOVE_REFUSED);
            assertThat(e.errorCode().status().value()).isEqualTo(409);
            assertThat(e.args()[0].toString()).contains("ticket.state." + state);
            assertThat(e.args()[1].toString()).contains(what.labelKey());
        });
    }
}
