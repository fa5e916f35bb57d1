package cn.zhuanban.investment;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.industry.NodeLeadCounts;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The gap list's lead counts, answered by {@link InvestmentManagement#leadCountsByNode}. */
@Component
class ChainNodeLeads implements NodeLeadCounts {

    private final InvestmentManagement investment;

    ChainNodeLeads(InvestmentManagement investment) {
        this.investment = investment;
    }

    @Override
    public Map<Long, Long> countsOf(CurrentUser user, Collection<Long> nodeIds) {
        return investment.leadCountsByNode(user, nodeIds);
    }
}
