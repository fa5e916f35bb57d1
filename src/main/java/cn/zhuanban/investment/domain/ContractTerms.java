package cn.zhuanban.investment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Figures agreed at signing and what was actually formed later (万元), for cohorts and rewards. */
public record ContractTerms(
        BigDecimal agreedInvestment,
        LocalDate agreedStartOn,
        BigDecimal fundsInPlace,
        BigDecimal fixedAssetInvestment) {

    public static final ContractTerms NONE = new ContractTerms(null, null, null, null);
}
