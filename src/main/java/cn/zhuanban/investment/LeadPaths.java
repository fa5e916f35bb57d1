package cn.zhuanban.investment;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The investment lead named in an API path ({@code /api/v1/investment/leads/{id}/…}), checked before the body is read:
 * a lead that does not exist or that the user does not see is a 404, not a 400 listing the body's fields.
 */
@Component
public class LeadPaths implements CheckedBeforeBinding.PathCheck {

    private final InvestmentManagement investment;

    LeadPaths(InvestmentManagement investment) {
        this.investment = investment;
    }

    @Override
    public void check(Map<String, String> path, CurrentUser user) {
        investment.lead(user, CheckedBeforeBinding.PathCheck.number(path, "id", "investment-lead"));
    }
}
