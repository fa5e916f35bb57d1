package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.CohortFigures;
import cn.zhuanban.investment.CohortFigures.Rate;
import cn.zhuanban.investment.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The quarterly cohort figures from leads' dated moves. Pure: the same leads and report date give
 * the same figures, so the report can be checked by hand.
 */
public final class CohortCalculator {

    private CohortCalculator() {}

    public static CohortFigures figures(Quarter quarter, List<CohortLead> leads, LocalDate asOf) {
        List<CohortLead> signed =
                leads.stream().filter(l -> quarter.contains(l.signedOn())).toList();
        int started = (int)
                leads.stream().filter(l -> quarter.contains(l.startedOn())).count();
        int inProduction = (int)
                leads.stream().filter(l -> quarter.contains(l.inProductionOn())).count();
        long due = signed.stream().filter(l -> l.startPromiseDue(asOf)).count();
        long kept = signed.stream().filter(CohortLead::keptStartDate).count();
        long startedBy = signed.stream().filter(l -> l.startedBy(asOf)).count();
        long producingBy = signed.stream().filter(l -> l.inProductionBy(asOf)).count();
        List<CohortLead> agreed = signed.stream()
                .filter(l ->
                        l.agreedInvestment() != null && l.agreedInvestment().signum() > 0)
                .toList();
        BigDecimal agreedSum =
                sum(agreed.stream().map(CohortLead::agreedInvestment).toList());
        BigDecimal inPlace = sum(agreed.stream().map(CohortLead::fundsInPlace).toList());
        return new CohortFigures(
                quarter,
                signed.size(),
                agreedSum,
                started,
                inProduction,
                Rate.of(kept, due),
                Rate.of(startedBy, signed.size()),
                Rate.of(producingBy, signed.size()),
                new Rate(inPlace, agreedSum));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
