package cn.zhuanban.investmentreport;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The monthly report named in a path ({@code /investment-reports/reports/{id}/…}), checked before the form is read: a
 * report that does not exist or whose project the user does not see is a 404, not a 400 naming the missing month.
 */
@Component
public class ReportPaths implements CheckedBeforeBinding.PathCheck {

    private final InvestmentReporting reporting;

    ReportPaths(InvestmentReporting reporting) {
        this.reporting = reporting;
    }

    @Override
    public void check(Map<String, String> path, CurrentUser user) {
        reporting.visibleReport(CheckedBeforeBinding.PathCheck.number(path, "id", "investment-report"), user);
    }
}
