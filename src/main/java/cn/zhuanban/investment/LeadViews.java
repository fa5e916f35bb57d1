package cn.zhuanban.investment;

import cn.zhuanban.investment.InvestmentViews.LeadOrigin;
import cn.zhuanban.investment.InvestmentViews.LeadRow;
import cn.zhuanban.investment.InvestmentViews.LeadView;
import cn.zhuanban.investment.InvestmentViews.StageMoveView;
import cn.zhuanban.investment.domain.ContractTerms;
import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadProfile;
import cn.zhuanban.investment.domain.LeadReportQueries;
import cn.zhuanban.investment.domain.ReferralPolicy;
import cn.zhuanban.investment.domain.Referrer;
import cn.zhuanban.investment.domain.ReferrerRepository;
import cn.zhuanban.investment.domain.RegistryQueries;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds the lead detail: the aggregate's history and contract figures, and the referral verdict. */
@Component
class LeadViews {

    private final ReferrerRepository referrers;
    private final RegistryQueries registry;
    private final LeadReportQueries reports;

    LeadViews(ReferrerRepository referrers, RegistryQueries registry, LeadReportQueries reports) {
        this.referrers = referrers;
        this.registry = registry;
        this.reports = reports;
    }

    LeadView of(LeadRow row, Lead lead) {
        LeadProfile p = lead.getProfile();
        ContractTerms c = lead.getContract();
        return new LeadView(
                row.id(),
                row,
                p.partnerId(),
                p.referrerId(),
                p.industry(),
                p.departmentId(),
                p.description(),
                c.agreedInvestment(),
                c.agreedStartOn(),
                c.fundsInPlace(),
                c.fixedAssetInvestment(),
                lead.getTerminationReason(),
                lead.getEnterpriseId(),
                lead.getCreatedOn(),
                lead.history().stream()
                        .map(m -> new StageMoveView(m.stage(), m.movedOn(), m.movedBy(), m.note()))
                        .toList(),
                referral(lead),
                lead.getVersion());
    }

    Referral referral(Lead lead) {
        LocalDate registeredOn = Optional.ofNullable(lead.getProfile().referrerId())
                .flatMap(referrers::findById)
                .map(Referrer::getRegisteredOn)
                .orElse(null);
        LocalDate signedOn = lead.getStage() == LeadStage.TERMINATED
                ? null
                : lead.dateOf(LeadStage.SIGNED).orElse(null);
        return ReferralPolicy.assess(
                registeredOn, signedOn, lead.getContract().fixedAssetInvestment(), registry.rewardRule());
    }

    Optional<LeadOrigin> originOf(long projectId) {
        return reports.originOf(projectId);
    }
}
