package cn.zhuanban.investment;

import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.domain.PartnerRepository;
import cn.zhuanban.investment.domain.ReferrerRepository;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import org.springframework.stereotype.Component;

/** A lead may name only partners, referrers and chain nodes that exist; said beside the field, not as a 500. */
@Component
class LeadReferences {

    private final PartnerRepository partners;
    private final ReferrerRepository referrers;
    private final IndustryManagement industry;

    LeadReferences(PartnerRepository partners, ReferrerRepository referrers, IndustryManagement industry) {
        this.partners = partners;
        this.referrers = referrers;
        this.industry = industry;
    }

    void check(LeadForm f) {
        if (f.partnerId() != null && !partners.existsById(f.partnerId())) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "partnerId", f.partnerId());
        }
        if (f.referrerId() != null && !referrers.existsById(f.referrerId())) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "referrerId", f.referrerId());
        }
        if (f.chainNodeId() != null && industry.node(f.chainNodeId()).isEmpty()) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "chainNodeId", f.chainNodeId());
        }
    }
}
