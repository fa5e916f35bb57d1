package cn.zhuanban.dashboard.cockpit;

import cn.zhuanban.dashboard.cockpit.CockpitData.Slice;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.CohortFigures;
import cn.zhuanban.investment.InvestmentReports;
import cn.zhuanban.investment.InvestmentViews.FunnelStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The cockpit's investment attraction charts: the year's lead funnel and the leads signed per quarter. */
@Component
class AttractionSlices {

    private final InvestmentReports leads;
    private final MessageSource messages;

    AttractionSlices(InvestmentReports leads, MessageSource messages) {
        this.leads = leads;
        this.messages = messages;
    }

    /** Leads of the year that reached each stage; each step opens those leads in the ledger. */
    List<Slice> funnel(CurrentUser user, int year, Locale locale) {
        if (!user.can(Permissions.INVESTMENT_LEAD_VIEW)) {
            return List.of();
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return leads.funnel(user, from, to).stream()
                .map((FunnelStep s) -> new Slice(
                        s.stage().name(),
                        text("attraction.stage." + s.stage().name(), locale),
                        s.reached(),
                        "/investment/leads?reached=" + s.stage() + "&createdFrom=" + from + "&createdTo=" + to))
                .toList();
    }

    /** Leads signed per quarter of the year; each opens the leads signed in that quarter. */
    List<Slice> cohorts(CurrentUser user, int year, Locale locale) {
        if (!user.can(Permissions.INVESTMENT_LEAD_VIEW)) {
            return List.of();
        }
        return leads.cohorts(user, year).quarters().stream()
                .map((CohortFigures q) -> new Slice(
                        "Q" + q.quarter().quarter(),
                        text("cockpit.quarter", locale, q.quarter().quarter()),
                        q.signed(),
                        "/investment/leads?reached=SIGNED&reachedFrom="
                                + q.quarter().first() + "&reachedTo="
                                + q.quarter().last()))
                .toList();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
