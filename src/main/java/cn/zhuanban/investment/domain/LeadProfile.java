package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.LeadChannel;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What staff describe about a lead: the target, how it came, who works it, what happens next. */
public record LeadProfile(
        String targetCompany,
        LeadChannel channel,
        Long partnerId,
        Long referrerId,
        Long chainNodeId,
        String industry,
        BigDecimal expectedInvestment,
        Integer expectedJobs,
        Long ownerId,
        Long departmentId,
        String nextAction,
        LocalDate nextActionOn,
        String description) {

    /** The same lead with the next action a follow-up agreed on. */
    public LeadProfile withNextAction(String action, LocalDate on) {
        return new LeadProfile(
                targetCompany,
                channel,
                partnerId,
                referrerId,
                chainNodeId,
                industry,
                expectedInvestment,
                expectedJobs,
                ownerId,
                departmentId,
                action,
                on,
                description);
    }
}
