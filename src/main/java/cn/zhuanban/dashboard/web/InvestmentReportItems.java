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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Investment reports not filed, for whoever files them: an enterprise contact sees his own projects, the dispatch
 * office its district. Two cards, each counting exactly what its link lists: the reports overdue (the newest month
 * whose deadline day has passed: last month up to the deadline day, this month after it), urgent; and, until this
 * month's deadline day, this month's reports still to come (the reminder in the inbox comes only in the last days
 * before the deadline).
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
        boolean past = reporting.pastDeadline(month);
        List<WorkbenchItem> items = new ArrayList<>();
        card(user, past ? month : month.minusMonths(1), "workbench.investment-overdue", Urgency.DANGER)
                .ifPresent(items::add);
        if (!past) {
            card(user, month, "workbench.investment-missing", Urgency.WARNING).ifPresent(items::add);
        }
        return items;
    }

    private Optional<WorkbenchItem> card(CurrentUser user, YearMonth month, String titleKey, Urgency urgency) {
        PageResult<MissingReport> missing = queries.missing(month, user, new PageQuery(0, ROWS));
        if (missing.totalElements() == 0) {
            return Optional.empty();
        }
        return Optional.of(new WorkbenchItem(
                5,
                titleKey,
                missing.totalElements(),
                "/investment-reports/missing?month=" + month,
                urgency,
                missing.content().stream()
                        .map(m -> new Row(m.projectName(), "/investment-reports/projects/" + m.projectId(), null))
                        .toList()));
    }
}
