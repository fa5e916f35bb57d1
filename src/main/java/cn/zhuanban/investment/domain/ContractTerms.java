package cn.zhuanban.investment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Figures agreed at signing and what was actually formed later (万元), for cohorts and rewards. */
public record ContractTerms(
        BigDecimal agreedInvestment,
        LocalDate agreedStartOn,
        BigDecimal fundsInPlace,
        BigDecimal fixedAssetInvestment) {

    public static final ContractTerms NONE = new ContractTerms(null, null, null, null);

    /** The figures by name, so that the audit log lists the ones that changed, not the record as Java prints it. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("agreedInvestment", agreedInvestment);
        snapshot.put("agreedStartOn", agreedStartOn);
        snapshot.put("fundsInPlace", fundsInPlace);
        snapshot.put("fixedAssetInvestment", fixedAssetInvestment);
        return snapshot;
    }
}
