package cn.zhuanban.investment;

import cn.zhuanban.shared.Amounts;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The referral reward rule, kept as data: progressive tiers of the fixed-asset investment actually
 * formed (万元), each part earning its rate per mille, the sum capped. Typical: 3‰ up to 1亿,
 * 2‰ from 1亿 to 5亿, 1.5‰ above, at most 100万元.
 */
public record RewardRule(List<Tier> tiers, BigDecimal cap) {

    private static final BigDecimal MILLE = BigDecimal.valueOf(1000);

    /** The rate's column holds 3 digits before the point and 3 after: below 1000‰. */
    private static final int RATE_DECIMALS = 3;

    /** The part of an investment above {@code fromAmount} (万元) earns {@code ratePerMille}. */
    public record Tier(BigDecimal fromAmount, BigDecimal ratePerMille) {}

    public RewardRule {
        tiers = List.copyOf(tiers);
        check(tiers, cap);
    }

    /** The reward in 万元 for an investment in 万元, to the yuan (four decimals of 万元). */
    public BigDecimal rewardFor(BigDecimal investment) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            BigDecimal lower = tiers.get(i).fromAmount();
            if (investment.compareTo(lower) <= 0) {
                break;
            }
            BigDecimal upper = i + 1 < tiers.size() ? tiers.get(i + 1).fromAmount() : investment;
            BigDecimal part = investment.min(upper).subtract(lower);
            total = total.add(part.multiply(tiers.get(i).ratePerMille()).divide(MILLE));
        }
        return total.min(cap).setScale(4, RoundingMode.HALF_UP);
    }

    private static void check(List<Tier> tiers, BigDecimal cap) {
        boolean ok = !tiers.isEmpty()
                && cap != null
                && cap.signum() >= 0
                && Amounts.fits(cap)
                && tiers.get(0).fromAmount().signum() == 0;
        for (int i = 0; ok && i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            ok = tier.ratePerMille() != null
                    && tier.ratePerMille().signum() >= 0
                    && tier.ratePerMille().compareTo(MILLE) < 0
                    && Math.max(tier.ratePerMille().stripTrailingZeros().scale(), 0) <= RATE_DECIMALS
                    && Amounts.fits(tier.fromAmount())
                    && (i == 0 || tier.fromAmount().compareTo(tiers.get(i - 1).fromAmount()) > 0);
        }
        if (!ok) {
            throw new BusinessException(ErrorCode.REWARD_TIERS, "tiers");
        }
    }
}
