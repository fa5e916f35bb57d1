package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadProfile;
import cn.zhuanban.investment.domain.StageMoveRecord;
import cn.zhuanban.project.ProjectStage;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The lead's side of following its key project: forward only, one dated stage at a time, idempotent. */
class LeadFollowsProjectTests {

    static final LocalDate SIGNED_ON = LocalDate.of(2026, 3, 20);
    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void projectStagesMapToTheLeadStagesAfterSigning() {
        assertThat(LeadStageSync.leadStageOf(ProjectStage.PLANNED)).isEmpty();
        assertThat(LeadStageSync.leadStageOf(ProjectStage.PRE_CONSTRUCTION)).contains(LeadStage.REGISTERED);
        assertThat(LeadStageSync.leadStageOf(ProjectStage.UNDER_CONSTRUCTION)).contains(LeadStage.STARTED);
        assertThat(LeadStageSync.leadStageOf(ProjectStage.COMPLETED)).contains(LeadStage.STARTED);
        assertThat(LeadStageSync.leadStageOf(ProjectStage.IN_PRODUCTION)).contains(LeadStage.IN_PRODUCTION);
    }

    @Test
    void aSignedLeadPassesEveryStageUpToTheProjectsOnTheDayItChanged() {
        Lead lead = signed();

        assertThat(lead.followProject(LeadStage.STARTED, LocalDate.of(2026, 5, 10), "project 7", "system"))
                .containsExactly(LeadStage.REGISTERED, LeadStage.STARTED);

        assertThat(lead.getStage()).isEqualTo(LeadStage.STARTED);
        assertThat(lead.dateOf(LeadStage.REGISTERED)).contains(LocalDate.of(2026, 5, 10));
        assertThat(lead.dateOf(LeadStage.STARTED)).contains(LocalDate.of(2026, 5, 10));
    }

    @Test
    void theSameChangeTwiceOrAnEarlierStageMovesNothing() {
        Lead lead = signed();
        lead.followProject(LeadStage.STARTED, LocalDate.of(2026, 5, 10), null, "system");

        assertThat(lead.followProject(LeadStage.STARTED, LocalDate.of(2026, 5, 11), null, "system"))
                .isEmpty();
        assertThat(lead.followProject(LeadStage.REGISTERED, LocalDate.of(2026, 5, 12), null, "system"))
                .isEmpty();
        assertThat(lead.history()).extracting(StageMoveRecord::stage).containsOnlyOnce(LeadStage.STARTED);
    }

    @Test
    void unsignedAndTerminatedLeadsDoNotFollowAndDatesNeverRunBackwards() {
        Lead open = Lead.open(profile(), SIGNED_ON, "dispatch", NOW);
        assertThat(open.followProject(LeadStage.STARTED, SIGNED_ON, null, "system"))
                .isEmpty();

        Lead terminated = signed();
        terminated.moveTo(LeadStage.TERMINATED, SIGNED_ON, "转投他地", "dispatch", SIGNED_ON);
        assertThat(terminated.followProject(LeadStage.STARTED, SIGNED_ON, null, "system"))
                .isEmpty();

        Lead late = signed();
        late.followProject(LeadStage.REGISTERED, SIGNED_ON.minusDays(5), null, "system");
        assertThat(late.dateOf(LeadStage.REGISTERED)).contains(SIGNED_ON);
    }

    private static Lead signed() {
        Lead lead = Lead.open(profile(), SIGNED_ON.minusDays(60), "dispatch", NOW);
        lead.moveTo(LeadStage.CONTACTED, SIGNED_ON.minusDays(40), null, "dispatch", SIGNED_ON);
        lead.moveTo(LeadStage.NEGOTIATING, SIGNED_ON.minusDays(20), null, "dispatch", SIGNED_ON);
        lead.moveTo(LeadStage.SIGNED, SIGNED_ON, null, "dispatch", SIGNED_ON);
        return lead;
    }

    private static LeadProfile profile() {
        return new LeadProfile(
                "测试企业", LeadChannel.CHAIN, null, null, null, null, null, null, 1L, null, null, null, null);
    }
}
