package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadProfile;
import cn.zhuanban.investment.domain.StageMoveRecord;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LeadStageMachineTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    static Lead newLead(LocalDate createdOn) {
        LeadProfile profile = new LeadProfile(
                "示例制药", LeadChannel.CHAIN, null, null, null, null, null, null, 1L, null, null, null, null);
        return Lead.open(profile, createdOn, "dispatch", CLOCK.instant());
    }

    @Test
    void movesOneStageForwardAtATimeAndDatesEveryMove() {
        Lead lead = newLead(LocalDate.of(2026, 1, 5));
        lead.moveTo(LeadStage.CONTACTED, LocalDate.of(2026, 1, 20), null, "dispatch", TODAY);
        lead.moveTo(LeadStage.NEGOTIATING, LocalDate.of(2026, 3, 2), null, "dispatch", TODAY);
        lead.moveTo(LeadStage.SIGNED, LocalDate.of(2026, 4, 15), null, "dispatch", TODAY);

        assertThat(lead.getStage()).isEqualTo(LeadStage.SIGNED);
        assertThat(lead.dateOf(LeadStage.SIGNED)).contains(LocalDate.of(2026, 4, 15));
        assertThat(lead.history())
                .extracting(StageMoveRecord::stage)
                .containsExactly(LeadStage.LEAD, LeadStage.CONTACTED, LeadStage.NEGOTIATING, LeadStage.SIGNED);
        assertThat(lead.getStage().nextMoves()).containsExactly(LeadStage.REGISTERED, LeadStage.TERMINATED);
    }

    @Test
    void refusesSkippingAStageGoingBackOrLeavingAnEndState() {
        Lead lead = newLead(LocalDate.of(2026, 1, 5));
        assertRefused(() -> lead.moveTo(LeadStage.SIGNED, TODAY, null, "x", TODAY), ErrorCode.LEAD_STAGE_MOVE);
        lead.moveTo(LeadStage.CONTACTED, TODAY, null, "x", TODAY);
        assertRefused(() -> lead.moveTo(LeadStage.LEAD, TODAY, null, "x", TODAY), ErrorCode.LEAD_STAGE_MOVE);
        lead.moveTo(LeadStage.TERMINATED, TODAY, "企业决定投向外省", "x", TODAY);
        assertThat(lead.getTerminationReason()).isEqualTo("企业决定投向外省");
        assertRefused(() -> lead.moveTo(LeadStage.NEGOTIATING, TODAY, null, "x", TODAY), ErrorCode.LEAD_STAGE_MOVE);
        assertThat(LeadStage.IN_PRODUCTION.nextMoves()).isEmpty();
    }

    @Test
    void terminationNeedsAReasonAndMovesNeedPlausibleDates() {
        Lead lead = newLead(LocalDate.of(2026, 3, 1));
        assertRefused(
                () -> lead.moveTo(LeadStage.TERMINATED, TODAY, " ", "x", TODAY), ErrorCode.LEAD_TERMINATION_REASON);
        assertRefused(
                () -> lead.moveTo(LeadStage.CONTACTED, LocalDate.of(2026, 2, 28), null, "x", TODAY),
                ErrorCode.VALIDATION);
        assertRefused(
                () -> lead.moveTo(LeadStage.CONTACTED, TODAY.plusDays(1), null, "x", TODAY), ErrorCode.VALIDATION);
        assertThat(lead.getStage()).isEqualTo(LeadStage.LEAD);
    }

    @Test
    void onlyASignedLeadBecomesAProjectAndOnlyOnce() {
        Lead lead = newLead(LocalDate.of(2026, 3, 1));
        assertRefused(() -> lead.becameProject(7L, 3L), ErrorCode.LEAD_NOT_SIGNED);
        lead.moveTo(LeadStage.CONTACTED, TODAY, null, "x", TODAY);
        lead.moveTo(LeadStage.NEGOTIATING, TODAY, null, "x", TODAY);
        lead.moveTo(LeadStage.SIGNED, TODAY, null, "x", TODAY);
        lead.becameProject(7L, 3L);
        assertThat(lead.getProjectId()).isEqualTo(7L);
        assertRefused(() -> lead.becameProject(8L, 3L), ErrorCode.LEAD_PROJECT_EXISTS);
    }

    private static void assertRefused(Runnable move, ErrorCode code) {
        assertThatThrownBy(move::run)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }
}
