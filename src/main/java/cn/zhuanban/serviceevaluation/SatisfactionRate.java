package cn.zhuanban.serviceevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A task force's ratings over a period and its satisfaction rate, (satisfied + basically satisfied) / rated, as a
 * percentage with one decimal; null when nothing was rated (no rate is not a rate of 0).
 */
public record SatisfactionRate(
        long taskForceId, String taskForceName, long satisfied, long basicallySatisfied, long dissatisfied) {

    public long rated() {
        return satisfied + basicallySatisfied + dissatisfied;
    }

    public BigDecimal percent() {
        if (rated() == 0) {
            return null;
        }
        return BigDecimal.valueOf((satisfied + basicallySatisfied) * 100L)
                .divide(BigDecimal.valueOf(rated()), 1, RoundingMode.HALF_UP);
    }

    SatisfactionRate named(String name) {
        return new SatisfactionRate(taskForceId, name, satisfied, basicallySatisfied, dissatisfied);
    }
}
