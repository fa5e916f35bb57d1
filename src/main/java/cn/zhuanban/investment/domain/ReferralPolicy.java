package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.Referral;
import cn.zhuanban.investment.Referral.Status;
import cn.zhuanban.investment.RewardRule;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A referral counts only if the referrer was registered before the lead was signed (a day earlier
 * at least: registration on the signing day cannot be told apart from registration after it); the
 * reward follows from the rule once the fixed-asset investment actually formed is known. A lead terminated after its
 * signing keeps its signing: the referral was judged then, and the reward is for the investment formed before the
 * termination, if any; with none formed, none will be, and there is no reward. A lead terminated before it was signed
 * never reaches the judgement: its referral ends uncounted.
 */
public final class ReferralPolicy {

    private ReferralPolicy() {}

    /** {@code terminated}: the lead ended as TERMINATED; {@code signedOn} is its signing day all the same, if any. */
    public static Referral assess(
            LocalDate referrerRegisteredOn,
            LocalDate signedOn,
            boolean terminated,
            BigDecimal fixedAssetInvestment,
            RewardRule rule) {
        if (referrerRegisteredOn == null) {
            return new Referral(Status.NONE, null);
        }
        if (signedOn == null) {
            return new Referral(terminated ? Status.TERMINATED_BEFORE_SIGNING : Status.NOT_SIGNED, null);
        }
        if (!referrerRegisteredOn.isBefore(signedOn)) {
            return new Referral(Status.REGISTERED_TOO_LATE, null);
        }
        boolean formed = fixedAssetInvestment != null && fixedAssetInvestment.signum() > 0;
        if (terminated) {
            return formed
                    ? new Referral(Status.TERMINATED_WITH_INVESTMENT, rule.rewardFor(fixedAssetInvestment))
                    : new Referral(Status.TERMINATED_AFTER_SIGNING, null);
        }
        if (fixedAssetInvestment == null) {
            return new Referral(Status.AWAITING_INVESTMENT, null);
        }
        return new Referral(Status.ELIGIBLE, rule.rewardFor(fixedAssetInvestment));
    }
}
