package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentViews.LeadFilter;
import cn.zhuanban.investment.InvestmentViews.LeadRow;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.RecruitmentManagement;
import cn.zhuanban.talent.TalentViews.ServiceFilter;
import cn.zhuanban.talent.TalentViews.ServiceView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Leads without follow-up for too long and signed leads still waiting to become a key project (in the user's scope),
 * and overdue talent services.
 */
@Component
class AttractionItems implements WorkbenchSource {

    private static final int ROWS = 5;

    private final InvestmentManagement investment;
    private final RecruitmentManagement recruitment;

    AttractionItems(InvestmentManagement investment, RecruitmentManagement recruitment) {
        this.investment = investment;
        this.recruitment = recruitment;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        List<WorkbenchItem> items = new ArrayList<>();
        // Following a lead up and converting it are to-dos for those who work the leads, not for their readers.
        if (user.can(Permissions.INVESTMENT_LEAD_EDIT)) {
            // Only the leads they work: a lead they registered and handed over is someone else's to-do (read-only
            // here). The links say working=true, so the ledger lists what the card counts in every data scope (a
            // department's user, too, sees the leads he registered outside his department).
            PageResult<LeadRow> stale = investment.leadsToWork(user, LeadFilter.staleOnly(), new PageQuery(0, ROWS));
            items.add(new WorkbenchItem(
                    20,
                    "workbench.stale-leads",
                    stale.totalElements(),
                    "/investment/leads?stale=true&working=true",
                    stale.totalElements() > 0 ? Urgency.WARNING : Urgency.NORMAL,
                    stale.content().stream()
                            .map(l -> new Row(l.targetCompany(), "/investment/leads/" + l.id(), null))
                            .toList()));
            // A signed lead moves on only as a key project (domain.md §7): the dispatch office converts it.
            PageResult<LeadRow> signed =
                    investment.leadsToWork(user, LeadFilter.awaitingConversionOnly(), new PageQuery(0, ROWS));
            items.add(new WorkbenchItem(
                    20,
                    "workbench.leads-awaiting-conversion",
                    signed.totalElements(),
                    "/investment/leads?awaitingConversion=true&working=true",
                    signed.totalElements() > 0 ? Urgency.WARNING : Urgency.NORMAL,
                    signed.content().stream()
                            .map(l -> new Row(l.targetCompany(), "/investment/leads/" + l.id(), null))
                            .toList()));
        }
        if (user.can(Permissions.TALENT_CANDIDATE_EDIT)) {
            PageResult<ServiceView> overdue =
                    recruitment.services(new ServiceFilter(true, true, null, null, null), new PageQuery(0, ROWS));
            items.add(new WorkbenchItem(
                    21,
                    "workbench.overdue-talent-services",
                    overdue.totalElements(),
                    "/talent/services?overdue=true",
                    overdue.totalElements() > 0 ? Urgency.DANGER : Urgency.NORMAL,
                    overdue.content().stream()
                            .map(s -> new Row(s.description(), "/talent/services?overdue=true", null))
                            .toList()));
        }
        return items;
    }
}
