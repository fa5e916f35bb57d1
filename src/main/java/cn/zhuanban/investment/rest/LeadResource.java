package cn.zhuanban.investment.rest;

import cn.zhuanban.investment.InvestmentViews.LeadRow;
import cn.zhuanban.investment.InvestmentViews.LeadView;
import cn.zhuanban.investment.InvestmentViews.StageMoveView;
import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.investment.LeadStage;
import cn.zhuanban.investment.Referral;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One lead as the API shows it: flat, with its dated stage history and the referral verdict. Money in 万元. */
record LeadResource(
        long id,
        String targetCompany,
        LeadChannel channel,
        LeadStage stage,
        List<LeadStage> nextStages,
        Long partnerId,
        String partnerName,
        Long referrerId,
        String referrerName,
        Long chainNodeId,
        String industry,
        BigDecimal expectedInvestment,
        Integer expectedJobs,
        long ownerId,
        String nextAction,
        LocalDate nextActionOn,
        LocalDate lastActivityOn,
        boolean stale,
        String description,
        BigDecimal agreedInvestment,
        LocalDate agreedStartOn,
        BigDecimal fundsInPlace,
        BigDecimal fixedAssetInvestment,
        String terminationReason,
        Long enterpriseId,
        Long projectId,
        LocalDate createdOn,
        List<StageMoveView> history,
        Referral referral,
        int version) {

    /**
     * {@code nextStages}: the moves open by hand to the caller ({@code InvestmentManagement.movesByHand}), not the bare
     * stage machine: none for a reader or the registrar of a lead handed over.
     */
    static LeadResource of(LeadView v, List<LeadStage> nextStages) {
        LeadRow r = v.row();
        return new LeadResource(
                v.id(),
                r.targetCompany(),
                r.channel(),
                r.stage(),
                nextStages,
                v.partnerId(),
                r.partnerName(),
                v.referrerId(),
                r.referrerName(),
                r.chainNodeId(),
                v.industry(),
                r.expectedInvestment(),
                r.expectedJobs(),
                r.ownerId(),
                r.nextAction(),
                r.nextActionOn(),
                r.lastActivityOn(),
                r.stale(),
                v.description(),
                v.agreedInvestment(),
                v.agreedStartOn(),
                v.fundsInPlace(),
                v.fixedAssetInvestment(),
                v.terminationReason(),
                v.enterpriseId(),
                r.projectId(),
                v.createdOn(),
                v.history(),
                v.referral(),
                v.version());
    }
}
