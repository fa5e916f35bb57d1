package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.LeadChannel;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A lead as the cohort report needs it: its move dates and contract figures. */
public record CohortLead(
        long id,
        String targetCompany,
        LeadChannel channel,
        LocalDate signedOn,
        LocalDate startedOn,
        LocalDate inProductionOn,
        LocalDate terminatedOn,
        LocalDate agreedStartOn,
        BigDecimal agreedInvestment,
        BigDecimal fundsInPlace) {

    /** Started no later than the agreed start date (履约). */
    boolean keptStartDate() {
        return startedOn != null && agreedStartOn != null && !startedOn.isAfter(agreedStartOn);
    }

    /** Can be judged on its promise: kept it, or the agreed start date has passed without a start. */
    boolean startPromiseDue(LocalDate asOf) {
        return keptStartDate() || (agreedStartOn != null && agreedStartOn.isBefore(asOf));
    }

    boolean startedBy(LocalDate asOf) {
        return startedOn != null && !startedOn.isAfter(asOf);
    }

    boolean inProductionBy(LocalDate asOf) {
        return inProductionOn != null && !inProductionOn.isAfter(asOf);
    }
}
