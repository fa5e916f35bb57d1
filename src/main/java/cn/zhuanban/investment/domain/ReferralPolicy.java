package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.Referral;
import cn.zhuanban.investment.Referral.Status;
import cn.zhuanban.investment.RewardRule;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A referral counts only if the referrer was registered before the lead was signed (a day earlier
 * at least: registration on the signing day cannot be told apart from registration after it); the
 * reward follows from the rule once the fixed-asset investment actually formed is known.
 */
public final class ReferralPolicy {

    private ReferralPolicy() {}

    public static Referral assess(
            LocalDate referrerRegisteredOn, LocalDate signedOn, BigDecimal fixedAssetInvestment, RewardRule rule) {
        if (referrerRegisteredOn == null) {
            return new Referral(Status.NONE, null);
        }
        if (signedOn == null) {
            return new Referral(Status.NOT_SIGNED, null);
        }
        if (!referrerRegisteredOn.isBefore(signedOn)) {
            return new Referral(Status.REGISTERED_TOO_LATE, null);
        }
        if (fixedAssetInvestment == null) {
            return new Referral(Status.AWAITING_INVESTMENT, null);
        }
        return new Referral(Status.ELIGIBLE, rule.rewardFor(fixedAssetInvestment));
    }
}
