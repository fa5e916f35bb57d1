package cn.zhuanban.investment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One quarter's cohorts: how many leads were signed, started and went into production in it, and
 * for the signed cohort the rates 履约率 (started within the agreed time), 开工率, 投产率 and
 * 资金到位率 (funds in place / agreed), as of the report date.
 */
public record CohortFigures(
        Quarter quarter,
        int signed,
        BigDecimal signedInvestment,
        int started,
        int inProduction,
        Rate performance,
        Rate start,
        Rate production,
        Rate funds) {

    /** A ratio with its parts, so the report can show "3 / 4" beside 75.0%. */
    public record Rate(BigDecimal numerator, BigDecimal denominator) {

        public static Rate of(long numerator, long denominator) {
            return new Rate(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
        }

        /** Percent with one decimal, or null when there is nothing to divide by. */
        public BigDecimal percent() {
            if (denominator.signum() == 0) {
                return null;
            }
            return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
        }
    }
}
