package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.investment.Referral.Status;
import cn.zhuanban.investment.RewardRule.Tier;
import cn.zhuanban.investment.domain.ReferralPolicy;
import cn.zhuanban.shared.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralRewardTests {

    /** 3‰ up to 1亿 (10000万), 2‰ up to 5亿, 1.5‰ above; at most 100万. */
    static final RewardRule TYPICAL =
            new RewardRule(List.of(tier(0, "3"), tier(10000, "2"), tier(50000, "1.5")), new BigDecimal("100"));

    static final LocalDate SIGNED = LocalDate.of(2026, 5, 20);

    @Test
    void rewardsEachPartOfTheInvestmentAtItsTierRate() {
        assertThat(TYPICAL.rewardFor(new BigDecimal("5000"))).isEqualByComparingTo("15");
        assertThat(TYPICAL.rewardFor(new BigDecimal("10000"))).isEqualByComparingTo("30");
        assertThat(TYPICAL.rewardFor(new BigDecimal("20000"))).isEqualByComparingTo("50");
        assertThat(TYPICAL.rewardFor(new BigDecimal("30000.5"))).isEqualByComparingTo("70.001");
    }

    @Test
    void capsTheReward() {
        // 30 + 80 + 45 = 155, capped at 100
        assertThat(TYPICAL.rewardFor(new BigDecimal("80000"))).isEqualByComparingTo("100");
        RewardRule generous = new RewardRule(TYPICAL.tiers(), new BigDecimal("1000"));
        assertThat(generous.rewardFor(new BigDecimal("80000"))).isEqualByComparingTo("155");
    }

    @Test
    void refusesTiersThatDoNotStartAtZeroOrDoNotRise() {
        assertThatThrownBy(() -> new RewardRule(List.of(tier(100, "3")), BigDecimal.TEN))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new RewardRule(List.of(tier(0, "3"), tier(0, "2")), BigDecimal.TEN))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void aReferralCountsOnlyIfTheReferrerWasRegisteredBeforeSigning() {
        BigDecimal investment = new BigDecimal("20000");
        assertThat(ReferralPolicy.assess(SIGNED.minusDays(1), SIGNED, false, investment, TYPICAL))
                .isEqualTo(new Referral(Status.ELIGIBLE, new BigDecimal("50.0000")));
        assertThat(ReferralPolicy.assess(SIGNED, SIGNED, false, investment, TYPICAL)
                        .status())
                .isEqualTo(Status.REGISTERED_TOO_LATE);
        assertThat(ReferralPolicy.assess(SIGNED.plusDays(3), SIGNED, false, investment, TYPICAL)
                        .status())
                .isEqualTo(Status.REGISTERED_TOO_LATE);
    }

    @Test
    void theRewardWaitsForSigningAndForTheActualInvestment() {
        assertThat(ReferralPolicy.assess(null, SIGNED, false, BigDecimal.TEN, TYPICAL)
                        .status())
                .isEqualTo(Status.NONE);
        assertThat(ReferralPolicy.assess(SIGNED, null, false, null, TYPICAL).status())
                .isEqualTo(Status.NOT_SIGNED);
        Referral awaiting = ReferralPolicy.assess(SIGNED.minusMonths(2), SIGNED, false, null, TYPICAL);
        assertThat(awaiting.status()).isEqualTo(Status.AWAITING_INVESTMENT);
        assertThat(awaiting.counts()).isTrue();
        assertThat(awaiting.reward()).isNull();
    }

    @Test
    void aLeadTerminatedAfterSigningEarnsOnlyForTheInvestmentFormedBeforeIt() {
        Referral none = ReferralPolicy.assess(SIGNED.minusDays(1), SIGNED, true, null, TYPICAL);
        assertThat(none).isEqualTo(new Referral(Status.TERMINATED_AFTER_SIGNING, null));
        assertThat(none.counts()).isFalse();
        assertThat(ReferralPolicy.assess(SIGNED.minusDays(1), SIGNED, true, BigDecimal.ZERO, TYPICAL))
                .isEqualTo(new Referral(Status.TERMINATED_AFTER_SIGNING, null));
        Referral formed = ReferralPolicy.assess(SIGNED.minusDays(1), SIGNED, true, new BigDecimal("5000"), TYPICAL);
        assertThat(formed.status()).isEqualTo(Status.TERMINATED_WITH_INVESTMENT);
        assertThat(formed.reward()).isEqualByComparingTo("15");
        assertThat(formed.counts()).isTrue();
        // termination changes nothing for a referral that never counted
        assertThat(ReferralPolicy.assess(SIGNED, SIGNED, true, new BigDecimal("5000"), TYPICAL)
                        .status())
                .isEqualTo(Status.REGISTERED_TOO_LATE);
    }

    @Test
    void aLeadTerminatedBeforeSigningEndsItsReferralUncountedNotAwaitingTheSigning() {
        Referral ended = ReferralPolicy.assess(SIGNED.minusMonths(1), null, true, null, TYPICAL);

        assertThat(ended).isEqualTo(new Referral(Status.TERMINATED_BEFORE_SIGNING, null));
        assertThat(ended.counts()).isFalse();
        assertThat(ReferralPolicy.assess(SIGNED.minusMonths(1), null, false, null, TYPICAL)
                        .status())
                .isEqualTo(Status.NOT_SIGNED);
        assertThat(ReferralPolicy.assess(null, null, true, null, TYPICAL).status())
                .isEqualTo(Status.NONE);
    }

    static Tier tier(long from, String rate) {
        return new Tier(BigDecimal.valueOf(from), new BigDecimal(rate));
    }
}
