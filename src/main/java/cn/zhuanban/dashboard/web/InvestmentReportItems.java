package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.investmentreport.MissingReport;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * This month's investment reports not yet filed, for whoever files them: an enterprise contact sees his own projects
 * (the reminder in his inbox comes only in the last days before the deadline), the dispatch office its district.
 * Urgent once the deadline day has passed.
 */
@Component
class InvestmentReportItems implements WorkbenchSource {

    private static final int ROWS = 5;

    private final InvestmentQueries queries;
    private final InvestmentReporting reporting;

    InvestmentReportItems(InvestmentQueries queries, InvestmentReporting reporting) {
        this.queries = queries;
        this.reporting = reporting;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        if (!user.can(Permissions.INVESTMENT_REPORT) || !user.can(Permissions.INVESTMENT_VIEW)) {
            return List.of();
        }
        YearMonth month = reporting.currentMonth();
        PageResult<MissingReport> missing = queries.missing(month, user, new PageQuery(0, ROWS));
        if (missing.totalElements() == 0) {
            return List.of();
        }
        return List.of(new WorkbenchItem(
                5,
                "workbench.investment-missing",
                missing.totalElements(),
                "/investment-reports/missing?month=" + month,
                reporting.pastDeadline(month) ? Urgency.DANGER : Urgency.WARNING,
                missing.content().stream()
                        .map(m -> new Row(m.projectName(), "/investment-reports/projects/" + m.projectId(), null))
                        .toList()));
    }
}
