package cn.zhuanban.investment;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.investment.CohortFigures.Rate;
import cn.zhuanban.investment.InvestmentViews.ChannelConversion;
import cn.zhuanban.investment.InvestmentViews.CohortRow;
import cn.zhuanban.investment.InvestmentViews.FunnelStep;
import cn.zhuanban.investment.domain.CohortCalculator;
import cn.zhuanban.investment.domain.CohortLead;
import cn.zhuanban.investment.domain.LeadReportQueries;
import cn.zhuanban.investment.domain.LeadScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funnel (how many leads reached each stage, and conversion from the stage before), conversion
 * by channel, and the quarterly cohorts of a year with 履约率, 开工率, 投产率 and 资金到位率.
 */
@Service
@Transactional(readOnly = true)
public class InvestmentReports {

    /** A year's cohort report: the four quarters and the leads behind them. */
    public record CohortReport(int year, LocalDate asOf, List<CohortFigures> quarters, List<CohortRow> leads) {}

    private final LeadReportQueries queries;
    private final Clock clock;

    InvestmentReports(LeadReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public List<FunnelStep> funnel(CurrentUser user, LocalDate from, LocalDate to) {
        Map<LeadStage, Long> reached = queries.reached(LeadScope.of(user), from, to);
        List<FunnelStep> steps = new ArrayList<>();
        for (LeadStage stage : LeadStage.PATH) {
            long count = reached.getOrDefault(stage, 0L);
            Rate rate = steps.isEmpty() ? null : Rate.of(count, steps.getLast().reached());
            steps.add(new FunnelStep(stage, count, rate));
        }
        return steps;
    }

    public List<ChannelConversion> byChannel(CurrentUser user, LocalDate from, LocalDate to) {
        return queries.byChannel(LeadScope.of(user), from, to).stream()
                .map(c -> new ChannelConversion(c.channel(), c.leads(), c.signed(), Rate.of(c.signed(), c.leads())))
                .toList();
    }

    public CohortReport cohorts(CurrentUser user, int year) {
        LocalDate asOf = LocalDate.now(clock);
        List<CohortLead> leads =
                queries.cohortLeads(LeadScope.of(user), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<CohortFigures> quarters = IntStream.rangeClosed(1, 4)
                .mapToObj(q -> CohortCalculator.figures(new Quarter(year, q), leads, asOf))
                .toList();
        List<CohortRow> rows = leads.stream()
                .map(l -> new CohortRow(
                        l.id(),
                        l.targetCompany(),
                        l.channel(),
                        l.signedOn(),
                        l.agreedStartOn(),
                        l.startedOn(),
                        l.inProductionOn(),
                        l.agreedInvestment(),
                        l.fundsInPlace()))
                .toList();
        return new CohortReport(year, asOf, quarters, rows);
    }
}
